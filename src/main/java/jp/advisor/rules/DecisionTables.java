package jp.advisor.rules;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Maps what the engine says about a decision table back to the table's cells. The engine reports lines of
 * the DRL it generates from a table; that DRL marks each rule with 「// rule values at A11, header at A6」.
 */
public final class DecisionTables {

    private static final Pattern RULE_VALUES = Pattern.compile("// rule values at ([A-Z]+)(\\d+)");

    private DecisionTables() {
    }

    public static boolean isTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx");
    }

    /** The DRL the engine generates from a table, or null when the table cannot even be parsed. */
    public static String generatedDrl(String name, byte[] bytes) {
        try {
            InputType type = RuleTables.isCsv(name) ? InputType.CSV : InputType.XLS;
            return new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The cell a line of the generated DRL comes from: the rule's row, and the column whose value appears on
     * that line (else the row's first column). Null when the line is outside any rule.
     */
    public static String cellOf(String name, byte[] bytes, String drl, int drlLine) {
        if (drl == null || drlLine <= 0) {
            return null;
        }
        String[] lines = drl.split("\n", -1);
        int row = -1;
        String firstColumn = "A";
        for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
            Matcher m = RULE_VALUES.matcher(lines[i]);
            if (m.find()) {
                firstColumn = m.group(1);
                row = Integer.parseInt(m.group(2));
                break;
            }
        }
        if (row < 0) {
            return null;
        }
        String text = drlLine <= lines.length ? lines[drlLine - 1] : "";
        String column = firstColumn;
        Map<Integer, String> cells = RuleTables.read(name, bytes).row(row).cells();
        // Prefer the longest cell value found on the line: short values ("1") match by accident.
        String best = null;
        for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            String value = cell.getValue().strip();
            if (!value.isEmpty() && text.contains(value) && (best == null || value.length() > best.length())) {
                best = value;
                column = columnName(cell.getKey());
            }
        }
        return name + "!" + column + row;
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
