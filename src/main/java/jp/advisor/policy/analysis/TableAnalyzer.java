package jp.advisor.policy.analysis;

import java.util.ArrayList;
import java.util.List;

import jp.advisor.rules.RuleTables;

/**
 * Static analysis of numeric decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}, read by {@link RuleTables}):
 * values no row covers (GAP), values two rows with different actions both cover (OVERLAP), rows that can never fire
 * (NEVER_FIRES), and boundaries where the comparators leave a value to neither row or to both (BOUNDARY_MIXUP).
 * <p>
 * A CONDITION column is numeric when its snippet is {@code field OP $param} (OP one of {@code < <= > >= ==}),
 * possibly inside a standalone pattern {@code Type(this == $x, field OP $param)}, and every non-blank cell under it is
 * a number; the row's interval in a field is the intersection of its cells. Other CONDITION columns are symbolic:
 * rows are compared only where their symbolic cells agree (a blank cell agrees with every value). A row's answer is
 * its ACTION cells. Tables without numeric columns, and tables Drools would refuse, give no issues: the compiler
 * reports what is wrong with those. The analysis never throws.
 */
public final class TableAnalyzer {

    /**
     * @param fileName the file's name, used in {@link TableIssue#cell()} ({@code name!B11})
     * @param bytes    the file's bytes: CSV in UTF-8 (a BOM is allowed) when the name ends in {@code .csv}, else an
     *                 Excel workbook (its first sheet, as the compiler reads it)
     * @return the issues of every table of the file, each table's top to bottom
     */
    public List<TableIssue> analyze(String fileName, byte[] bytes) {
        if (bytes == null) {
            return List.of();
        }
        String file = fileName == null ? "" : fileName;
        List<TableIssue> issues = new ArrayList<>();
        List<DecisionTable> tables;
        try {
            RuleTables.Sheet sheet = RuleTables.read(file, bytes);
            tables = sheet.tables().stream().flatMap(t -> DecisionTable.of(sheet, t).stream()).toList();
        } catch (RuntimeException e) {
            // The analysis accompanies the compiler: it must not fail where the compiler reports. Under -ea (tests)
            // a failure here is a bug of the analysis and is shown.
            assert false : e;
            return List.of();
        }
        for (DecisionTable table : tables) {
            try {
                issues.addAll(new TableCheck(file, table).run());
            } catch (RuntimeException e) {
                // Same reason: one table the analysis cannot follow must not hide the others' issues.
                assert false : e;
            }
        }
        return List.copyOf(issues);
    }
}
