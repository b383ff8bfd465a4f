package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.FrozenRules;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.policy.SubmissionSources;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionFiles;
import jp.advisor.submission.SubmissionReader;

/**
 * Every submission of the project's fixtures (submission files, and the submissions and previous years inside the
 * rule fixtures' cases) written into the 様式 and read back is the same submission, and the read says where every
 * cell the evaluation rates is.
 */
class WorkbookRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Evaluator evaluator;

    @BeforeAll
    static void frozenRules() {
        RuleSet rules = new RuleSetLoader().load(FrozenRules.RULES);
        evaluator = new Evaluator(() -> rules);
    }

    /** As the what-if finds them (SubmissionSources), and the previous years some cases carry beside. */
    static Stream<NamedSubmission> fixtures() throws IOException {
        List<String> problems = new ArrayList<>();
        List<NamedSubmission> all = new ArrayList<>(SubmissionSources.read(List.of(Path.of("fixtures")), problems::add));
        assertThat(problems).as("fixtures that do not read").isEmpty();
        for (Path file : SubmissionFiles.expand(List.of(Path.of("fixtures")), problems::add)) {
            byte[] bytes = Files.readAllBytes(file);
            if (jp.advisor.submission.FileKind.of(bytes) != jp.advisor.submission.FileKind.JSON) {
                continue; // a workbook fixture: read whole above, it has no previous year inside
            }
            JsonNode previous = JSON.readTree(bytes).get("previousYearSubmission");
            if (previous != null) {
                all.add(new NamedSubmission(file + " (previousYearSubmission)",
                        new SubmissionReader().read(JSON.writeValueAsBytes(previous), file.toString()), null));
            }
        }
        assertThat(all).hasSizeGreaterThan(100);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aSubmissionWrittenAndReadBackIsTheSameSubmission(NamedSubmission fixture) {
        WorkbookSubmission read = new WorkbookReader().read(WorkbookWriter.write(fixture.submission()), "x.xlsx");

        assertThat(read.submission()).isEqualTo(withoutWarnings(fixture.submission()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyCellTheEvaluationRatesHasItsPlaceInTheWorkbook(NamedSubmission fixture) {
        WorkbookSubmission read = new WorkbookReader().read(WorkbookWriter.write(fixture.submission()), "x.xlsx");

        assertThat(read.ratingCells().keySet()).isEqualTo(ratedLocations(evaluator.evaluate(fixture.submission())));
    }

    @Test
    void everyFieldOfTheModelHasOneColumnToBeReadFrom() {
        for (Cell.Level level : Cell.Level.values()) {
            Class<? extends Record> type = switch (level) {
                case STRATEGY -> Strategy.class;
                case OUTCOME -> Outcome.class;
                case INITIATIVE -> Initiative.class;
            };
            List<String> read = WorkbookLayout.SHEETS.stream().flatMap(s -> s.columns().stream())
                    .filter(c -> c.level() == level && c.kind() != WorkbookLayout.Kind.COPY)
                    .map(c -> c.path().get(0)).distinct().toList();
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .filter(f -> !f.equals("outcomes") && !f.equals("initiatives")).toList();
            assertThat(read).as(level.toString()).containsExactlyInAnyOrderElementsOf(fields);
        }
        for (Cell cell : Cell.values()) {
            if (cell.onSheet()) {
                WorkbookLayout.Sheet sheet = cell.sheet() == Cell.Sheet.STRATEGIES ? WorkbookLayout.STRATEGIES
                        : WorkbookLayout.INITIATIVES;
                assertThat(sheet.column(cell)).as(cell.toString()).isPresent();
            }
        }
    }

    private static Submission withoutWarnings(Submission s) {
        return new Submission(s.organization(), s.fiscalYear(), s.strategies(), List.of());
    }

    /** Every place the evaluation gives a suggestion for a cell of the sheets. */
    private static Set<String> ratedLocations(Evaluation evaluation) {
        Set<String> locations = new TreeSet<>();
        for (Evaluation.StrategyEvaluation s : evaluation.strategies()) {
            s.outcomes().forEach(o -> locations.add(CellLocation.ofOutcome(s.id(), o.index()).format()));
            Cell.onSheetAt(Cell.Level.STRATEGY).stream().filter(c -> s.rating(c) != null)
                    .forEach(c -> locations.add(CellLocation.of(c, s.id(), null, null).format()));
            for (Evaluation.InitiativeEvaluation i : s.initiatives()) {
                Cell.onSheetAt(Cell.Level.INITIATIVE).stream()
                        .filter(c -> c == Cell.WITHDRAWAL ? i.withdrawal() != null : i.rating(c) != null)
                        .forEach(c -> locations.add(CellLocation.of(c, s.id(), i.id(), null).format()));
            }
        }
        return locations;
    }
}
