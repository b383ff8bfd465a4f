package jp.advisor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.FrozenRules;
import jp.advisor.TableWorkbooks;
import jp.advisor.policy.analysis.TableIssue;
import jp.advisor.policy.strength.Mutant;
import jp.advisor.policy.strength.StrengthCheck;

/** A {@code .drl.xlsx} table is compiled, checked for gaps and mutated like the same table in {@code .drl.csv}. */
class ExcelTablesTest {

    private static final String CSV = "withdrawal-default.drl.csv";
    private static final String XLSX = "withdrawal-default.drl.xlsx";

    /** The frozen set with the default withdrawal table's second row starting at 60, not 50: a gap [50, 60). */
    private static Map<String, byte[]> withGap(boolean excel) throws IOException {
        Map<String, byte[]> files = files();
        String csv = new String(files.remove(CSV), StandardCharsets.UTF_8);
        String gap = csv.replace("以上なら当たらない,true,50,", "以上なら当たらない,true,60,");
        assertThat(gap).isNotEqualTo(csv);
        byte[] bytes = gap.getBytes(StandardCharsets.UTF_8);
        files.put(excel ? XLSX : CSV, excel ? TableWorkbooks.fromCsv(bytes) : bytes);
        return files;
    }

    @Test
    void checkReportsAGapInAnExcelTableAtTheSameCellAsInTheCsvTable(@TempDir Path noFixtures) throws IOException {
        RuleCheck check = new RuleCheck();
        RuleCheck.Report csv = check.check(withGap(false), noFixtures);
        RuleCheck.Report excel = check.check(withGap(true), noFixtures);

        assertThat(excel.problems()).isEmpty();
        assertThat(excel.version()).isNotNull();
        assertThat(csv.tableIssues()).extracting(TableIssue::kind, TableIssue::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TableIssue.GAP, CSV + "!C11"));
        assertThat(excel.tableIssues()).extracting(TableIssue::kind, TableIssue::cell, TableIssue::range,
                        TableIssue::messageJa, TableIssue::messageEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TableIssue.GAP, XLSX + "!C11",
                        csv.tableIssues().get(0).range(), csv.tableIssues().get(0).messageJa(),
                        csv.tableIssues().get(0).messageEn()));
        assertThat(excel.publishable()).isFalse();
    }

    @Test
    void strengthChangesACellOfAnExcelTableAndTheChangedWorkbookCompiles() throws IOException {
        Map<String, byte[]> files = files();
        files.put(XLSX, TableWorkbooks.fromCsv(files.remove(CSV)));
        StrengthCheck.Report report = new StrengthCheck().run(files, FrozenRules.FIXTURES,
                m -> m.where().equals(XLSX + "!C11"));

        assertThat(report.mutants()).isEqualTo(2);
        assertThat(report.invalid()).as("the changed workbooks compile").isZero();
        assertThat(report.killed()).as("the fixtures of the CSV table pin the 50 of its Excel copy").isEqualTo(2);
        assertThat(report.survivors()).extracting(Mutant::where).isEmpty();
    }

    private static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(FrozenRules.RULES)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("README.md")) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

}
