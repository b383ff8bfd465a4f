package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

/**
 * Every submission of the project's fixtures (submission files, and the submissions and previous years inside the
 * rule fixtures' cases) written into the 様式 and read back is the same submission, is evaluated as its JSON is (alone,
 * and with the previous year a case carries), and the read says where every cell the evaluation rates is.
 */
class WorkbookRoundTripTest {

    private static Evaluator evaluator;
    private static final Map<Submission, WorkbookSubmission> ROUND_TRIPS = new ConcurrentHashMap<>();

    @BeforeAll
    static void frozenRules() {
        RuleSet rules = new RuleSetLoader().load(FrozenRules.RULES);
        evaluator = new Evaluator(() -> rules);
    }

    /** The fixtures' submissions as the what-if and export-xlsx find them (SubmissionSources), previous years beside. */
    private static List<SubmissionSources.Found> cases() {
        List<String> problems = new ArrayList<>();
        List<SubmissionSources.Found> found = new ArrayList<>();
        for (Path file : SubmissionFiles.expand(List.of(Path.of("fixtures")), problems::add)) {
            SubmissionSources.of(file, problems::add).ifPresent(found::add);
        }
        assertThat(problems).as("fixtures that do not read").isEmpty();
        return found;
    }

    /** Every submission of the fixtures, a case's previous year as one of its own. */
    static Stream<NamedSubmission> fixtures() {
        List<NamedSubmission> all = new ArrayList<>();
        for (SubmissionSources.Found found : cases()) {
            all.add(found.submission());
            if (found.previousYear() != null) {
                all.add(new NamedSubmission(found.file() + " (previousYearSubmission)", found.previousYear()));
            }
        }
        assertThat(all).hasSizeGreaterThan(100);
        return all.stream();
    }

    /** The cases with a previous year, evaluated together as the review rules compare them. */
    static Stream<SubmissionSources.Found> withPreviousYears() {
        List<SubmissionSources.Found> paired = cases().stream().filter(f -> f.previousYear() != null).toList();
        assertThat(paired).isNotEmpty();
        return paired.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aSubmissionWrittenAndReadBackIsTheSameSubmission(NamedSubmission fixture) {
        assertThat(roundTrip(fixture.submission()).submission()).isEqualTo(withoutWarnings(fixture.submission()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyCellTheEvaluationRatesHasItsPlaceInTheWorkbook(NamedSubmission fixture) {
        WorkbookSubmission read = roundTrip(fixture.submission());

        assertThat(read.ratingCells().keySet()).isEqualTo(ratedLocations(evaluator.evaluate(fixture.submission())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theWorkbookIsEvaluatedAsTheJsonIs(NamedSubmission fixture) {
        Submission read = roundTrip(fixture.submission()).submission();

        assertThat(evaluator.evaluate(read)).isEqualTo(evaluator.evaluate(fixture.submission()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withPreviousYears")
    void theWorkbooksOfACaseAndItsPreviousYearAreEvaluatedAsTheirJsonIs(SubmissionSources.Found fixture) {
        Submission read = roundTrip(fixture.submission().submission()).submission();
        Submission previousYear = roundTrip(fixture.previousYear()).submission();

        assertThat(evaluator.evaluate(read, previousYear)).isEqualTo(evaluator.evaluate(
                fixture.submission().submission(), fixture.previousYear()));
    }

    /** Written into the 様式 and read back, once a submission for all the tests (the writing is what takes time). */
    private static WorkbookSubmission roundTrip(Submission submission) {
        return ROUND_TRIPS.computeIfAbsent(submission,
                s -> new WorkbookReader().read(WorkbookWriter.write(s), "x.xlsx"));
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
