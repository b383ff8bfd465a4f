package jp.advisor.policy.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Static analysis of numeric decision tables (Drools CSV, {@code *.drl.csv}): values no row covers (GAP), values
 * two rows with different actions both cover (OVERLAP), rows that can never fire (NEVER_FIRES), and boundaries where
 * the comparators leave a value to neither row or to both (BOUNDARY_MIXUP).
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
     * @param csvUtf8  the file's bytes, UTF-8 (a BOM is allowed)
     * @return the issues of every table of the file, each table's top to bottom
     */
    public List<TableIssue> analyze(String fileName, byte[] csvUtf8) {
        if (csvUtf8 == null) {
            return List.of();
        }
        String file = fileName == null ? "" : fileName;
        List<TableIssue> issues = new ArrayList<>();
        List<DecisionTable> tables;
        try {
            tables = TableReader.read(CsvReader.read(csvUtf8));
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
