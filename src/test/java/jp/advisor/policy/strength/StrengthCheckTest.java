package jp.advisor.policy.strength;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrengthCheckTest {

    static final String DRL = """
            package advisor;
            import jp.advisor.facts.*;
            rule "例：境目"
            when
                $o : OutcomeFact(deadline() > fiscalYear, value.atLeast(target.value), label != "a>=b") // 50 >= 40
                $s : StrategyFact(id > $o.strategyId) // 強さ検査：同値
            then
                int n = 1 >= 0 ? 1 : 0;
            end
            """;

    @Test
    void mutatesEveryComparisonInTheConditionsButNotInQuotesCommentsOrConsequences() {
        List<Mutant> mutants = DrlMutants.of("x.drl", DRL.getBytes(StandardCharsets.UTF_8));

        assertThat(mutants).extracting(Mutant::where, Mutant::from, Mutant::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x.drl:5", ">", ">="),
                        org.assertj.core.groups.Tuple.tuple("x.drl:5", "atLeast", "above"));
        assertThat(new String(mutants.get(0).content(), StandardCharsets.UTF_8))
                .contains("deadline() >= fiscalYear, value.atLeast");
        assertThat(DrlMutants.declaredEquivalent(DRL.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void stepsTableNumbersAndSwapsShortValuesNamingTheirCells() throws IOException {
        byte[] table = Files.readAllBytes(Path.of("src/test/resources/config/strength/threshold.drl.csv"));
        List<Mutant> mutants = TableMutants.of("threshold.drl.csv", table);

        assertThat(mutants).extracting(Mutant::where, Mutant::from, Mutant::to).contains(
                org.assertj.core.groups.Tuple.tuple("threshold.drl.csv!C10", "50", "49"),
                org.assertj.core.groups.Tuple.tuple("threshold.drl.csv!C10", "50", "51"),
                org.assertj.core.groups.Tuple.tuple("threshold.drl.csv!D10", "true", "false"));
        assertThat(mutants).noneMatch(m -> m.where().endsWith("!E10")); // the explanation is a sentence, not a symbol
    }

    @Test
    void mutatesAnExcelTableLikeTheSameCsvTableWritingTheChangedCellIntoTheWorkbook() throws IOException {
        byte[] csv = Files.readAllBytes(Path.of("src/test/resources/config/strength/threshold.drl.csv"));
        List<Mutant> fromCsv = TableMutants.of("threshold.drl.csv", csv);
        List<Mutant> fromExcel = TableMutants.of("threshold.drl.xlsx", jp.advisor.TableWorkbooks.fromCsv(csv));

        assertThat(fromExcel).extracting(m -> m.where().replace(".xlsx!", ".csv!"), Mutant::from, Mutant::to)
                .containsExactlyElementsOf(fromCsv.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.where(), m.from(), m.to())).toList());
        for (Mutant m : fromExcel) {
            String cell = m.where().substring(m.where().indexOf('!') + 1);
            int column = cell.charAt(0) - 'A';
            int line = Integer.parseInt(cell.substring(1));
            assertThat(jp.advisor.rules.RuleTables.read(m.file(), m.content()).row(line).cell(column))
                    .as(m.where()).isEqualTo(m.to());
        }
    }

    @Test
    void findsTheTrajectoryBoundaryOnceTheCaseOnItIsRemoved(@TempDir Path dir) throws IOException {
        Map<String, byte[]> rules = files(jp.advisor.FrozenRules.RULES);
        String drl = new String(rules.get("outcome-rating.drl"), StandardCharsets.UTF_8);
        int line = lineOf(drl, "value.atLeast($low))");
        Path fixtures = dir.resolve("fixtures");
        copy(jp.advisor.FrozenRules.FIXTURES.resolve("rules/outcome-rating.drl"), fixtures.resolve("rules/outcome-rating.drl"));
        StrengthCheck check = new StrengthCheck();
        java.util.function.Predicate<Mutant> trajectoryBoundary = m -> m.where().equals("outcome-rating.drl:" + line);

        StrengthCheck.Report pinned = check.run(rules, fixtures, trajectoryBoundary);
        Files.delete(fixtures.resolve("rules/outcome-rating.drl/exact-trajectory-point-tie-is-A.json"));
        StrengthCheck.Report unpinned = check.run(rules, fixtures, trajectoryBoundary);

        assertThat(pinned.mutants()).isEqualTo(1);
        assertThat(pinned.killed()).as("killed, not merely uncompilable").isEqualTo(1);
        assertThat(unpinned.survivors()).extracting(Mutant::where, Mutant::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outcome-rating.drl:" + line, "「atLeast」→「above」"));
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path f : list.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
