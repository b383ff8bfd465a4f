package jp.advisor.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

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
        return lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls");
    }

    /** The DRL the engine generates from a table, or null when the table cannot even be parsed. */
    public static String generatedDrl(String name, byte[] bytes) {
        try {
            InputType type = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
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
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            List<String> cells = csvRow(bytes, row);
            // Prefer the longest cell value found on the line: short values ("1") match by accident.
            String best = null;
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c).strip();
                if (!value.isEmpty() && text.contains(value) && (best == null || value.length() > best.length())) {
                    best = value;
                    column = columnName(c);
                }
            }
        }
        return name + "!" + column + row;
    }

    static List<String> csvRow(byte[] bytes, int row) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .readValues(new String(bytes, StandardCharsets.UTF_8))) {
            int n = 0;
            while (rows.hasNext()) {
                List<String> cells = rows.next();
                if (++n == row) {
                    return cells;
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return List.of();
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
