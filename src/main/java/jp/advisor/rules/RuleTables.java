package jp.advisor.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.parser.ActionType;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.RuleSheetParserUtil;
import org.drools.decisiontable.parser.xls.PropertiesSheetListener;
import org.drools.template.parser.DataListener;

/**
 * A decision table file ({@code *.drl.csv}, {@code *.drl.xlsx}) read by Drools' own parsers, the ones the compiler
 * uses ({@link InputType#createParser}: the CSV line parser, the Excel parser on the first sheet), with a listener
 * that keeps every cell at its row and column. The RuleTables are found in those cells as Drools' rule sheet
 * listener finds them: a cell starting with {@code RuleTable} opens one, the next four rows are the column kinds,
 * the object types, the snippets and the labels, and data rows follow while each row has a cell at or right of the
 * RuleTable cell. Rows are numbered from 1 as a spreadsheet shows them (the compiler's 「rule values at A11」).
 * Reading never throws: what cannot be parsed gives the cells read so far.
 */
public final class RuleTables {

    /** What a column of a RuleTable is, by its header (Drools' {@link ActionType.Code}, full name or initial). */
    public enum Kind { CONDITION, ACTION, NAME, PRIORITY, ACTIVATION_GROUP, OTHER }

    /**
     * One row of cells.
     *
     * @param line   its row number, from 1
     * @param cells  its cells by column (from 0) as the parser gives them, untrimmed; blank cells may be absent
     * @param merged for the cells inside a merged stretch (CSV: ending in {@code ...}), the column the stretch
     *               starts at
     */
    public record Row(int line, Map<Integer, String> cells, Map<Integer, Integer> merged) {

        /** The cell's text, or "" when there is none. */
        public String cell(int column) {
            return cells.getOrDefault(column, "");
        }

        /** The text of the merged stretch the cell belongs to (its first cell's), else the cell's own. */
        public String mergedCell(int column) {
            Integer from = merged.get(column);
            return from == null ? cell(column) : cell(from);
        }

        /** One past the last column with a cell. */
        public int width() {
            return cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        }

        private static Row empty(int line) {
            return new Row(line, new TreeMap<>(), Map.of());
        }
    }

    /**
     * A RuleTable.
     *
     * @param name        the text after {@code RuleTable}
     * @param line        the row of the RuleTable cell
     * @param column      its column: cells left of it are not part of the table
     * @param kinds       the column kinds, or null when Drools refuses the header row (an unknown kind)
     * @param objectTypes the object type row
     * @param snippets    the snippet (code) row
     * @param labels      the label row
     * @param data        the data rows, top to bottom
     */
    public record RuleTable(String name, int line, int column, Map<Integer, Kind> kinds, Row objectTypes, Row snippets,
                            Row labels, List<Row> data) {
    }

    /**
     * A file as read.
     *
     * @param rows       every row from the first to the last the parser gave, by line − 1
     * @param tables     its RuleTables, top to bottom
     * @param sequential the {@code Sequential} property is true (rows fire top to bottom, PRIORITY ignored)
     * @param activationGroup the file-wide {@code ACTIVATION-GROUP} property, or null
     */
    public record Sheet(List<Row> rows, List<RuleTable> tables, boolean sequential, String activationGroup) {

        /** The row at {@code line} (from 1); an empty row outside the file. */
        public Row row(int line) {
            return line >= 1 && line <= rows.size() ? rows.get(line - 1) : Row.empty(line);
        }
    }

    private static final String RULE_TABLE = DefaultRuleSheetListener.RULE_TABLE_TAG;
    private static final int LABEL_ROW = 4;

    private RuleTables() {
    }

    public static boolean isCsv(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Reads a table file: CSV when its name ends in {@code .csv} (a UTF-8 BOM is dropped), else an Excel workbook.
     * Drools' CSV parser decodes in the platform charset, as it does when compiling: the build, the jar's launch and
     * CI pin {@code -Dfile.encoding=UTF-8}, the charset rule files must be in.
     */
    public static Sheet read(String name, byte[] bytes) {
        if (bytes == null) {
            return new Sheet(List.of(), List.of(), false, null);
        }
        boolean csv = isCsv(name);
        byte[] input = csv ? withoutBom(bytes) : bytes;
        Cells cells = new Cells();
        // Drools' own listener runs beside ours: the Excel parser asks it how to format numbers
        // (NumericDisabled, IgnoreNumericFormat), so cells read here are the ones the compiler sees.
        Compiling compiling = new Compiling();
        try {
            (csv ? InputType.CSV : InputType.XLS).createParser(List.of(compiling, cells))
                    .parseFile(new ByteArrayInputStream(input));
        } catch (RuntimeException e) {
            // Not a table file: keep what was read (nothing, for a workbook that does not open).
        }
        List<Row> rows = cells.rows();
        Found found = tables(rows);
        PropertiesSheetListener.CaseInsensitiveMap properties = found.properties.getProperties();
        return new Sheet(rows, found.tables,
                RuleSheetParserUtil.isStringMeaningTrue(properties.getSingleProperty(
                        DefaultRuleSheetListener.SEQUENTIAL_FLAG, "false")),
                properties.getSingleProperty(ActionType.Code.ACTIVATIONGROUP.getColHeader(), null));
    }

    /**
     * Cells as one line of a CSV table that Drools' line parser ({@code CsvLineParser}, what {@link #read} and the
     * compiler use) reads back to the same cells: a cell holding {@code ,} or {@code "} is quoted, its quotes doubled;
     * every other cell is written as it is, so a line edited in one cell keeps the others as the file had them.
     */
    public static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            line.append(v.indexOf(',') >= 0 || v.indexOf('"') >= 0 ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return line.toString();
    }

    /** A spreadsheet cell name: column 0, line 11 → {@code A11}. */
    public static String cellName(int column, int line) {
        return RuleSheetParserUtil.rc2name(line - 1, column);
    }

    private record Found(List<RuleTable> tables, PropertiesSheetListener properties) {
    }

    /**
     * The RuleTables of the rows, found as DefaultRuleSheetListener finds them (its state machine, on cells already
     * read), and the properties outside them, read by Drools' properties listener as that listener feeds it.
     */
    private static Found tables(List<Row> rows) {
        List<RuleTable> tables = new ArrayList<>();
        PropertiesSheetListener properties = new PropertiesSheetListener();
        Open open = null;
        for (Row row : rows) {
            for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
                String value = cell.getValue();
                int column = cell.getKey();
                if (value == null || value.trim().isEmpty()) {
                    continue;
                }
                if (open != null && row.line() == open.line) {
                    continue; // the rest of the RuleTable row is ignored
                }
                boolean ruleTable = value.trim().toLowerCase(Locale.ROOT).startsWith(RULE_TABLE);
                if (open != null) {
                    if (ruleTable) {
                        if (row.line() - open.line > LABEL_ROW) {
                            tables.add(open.close(rows)); // one whose header rows hold another RuleTable is left
                        }
                        open = new Open(row.line(), column, value.trim());
                        continue;
                    }
                    if (column < open.column) {
                        continue;
                    }
                    if (row.line() - open.line <= LABEL_ROW) {
                        continue; // a header row, taken whole when the table closes
                    }
                    if (row.line() - open.ruleLine > 1) {
                        tables.add(open.close(rows)); // a gap ends the table; this cell is outside it
                        open = null;
                    } else {
                        if (row.line() > open.ruleLine) {
                            open.ruleLine++;
                        }
                        if (open.data.isEmpty() || open.data.get(open.data.size() - 1) != row.line()) {
                            open.data.add(row.line());
                        }
                        continue;
                    }
                }
                if (ruleTable) {
                    open = new Open(row.line(), column, value.trim());
                } else {
                    properties.newCell(row.line() - 1, column, value, DataListener.NON_MERGED);
                }
            }
        }
        if (open != null) {
            tables.add(open.close(rows));
        }
        return new Found(List.copyOf(tables), properties);
    }

    /** A RuleTable being read. */
    private static final class Open {
        final int line;
        final int column;
        final String name;
        int ruleLine;
        final List<Integer> data = new ArrayList<>();

        Open(int line, int column, String text) {
            this.line = line;
            this.column = column;
            this.name = text.substring(RULE_TABLE.length()).trim();
            this.ruleLine = line + LABEL_ROW + 1;
        }

        RuleTable close(List<Row> rows) {
            Row header = row(rows, line + 1);
            Map<Integer, ActionType> actions = new HashMap<>();
            Map<Integer, Kind> kinds = new TreeMap<>();
            try {
                for (Map.Entry<Integer, String> cell : header.cells().entrySet()) {
                    String value = cell.getValue().trim();
                    if (cell.getKey() < column || value.isEmpty()) {
                        continue;
                    }
                    ActionType.addNewActionType(actions, value, cell.getKey(), line);
                    kinds.put(cell.getKey(), kind(actions.get(cell.getKey()).getCode()));
                }
            } catch (RuntimeException refused) {
                kinds = null; // an unknown column kind: the compiler reports it
            }
            return new RuleTable(name, line, column, kinds == null ? null : Map.copyOf(kinds), row(rows, line + 2),
                    row(rows, line + 3), row(rows, line + 4), data.stream().map(l -> row(rows, l)).toList());
        }

        private static Row row(List<Row> rows, int line) {
            return line <= rows.size() ? rows.get(line - 1) : Row.empty(line);
        }
    }

    private static Kind kind(ActionType.Code code) {
        return switch (code) {
            case CONDITION -> Kind.CONDITION;
            case ACTION -> Kind.ACTION;
            case NAME -> Kind.NAME;
            case SALIENCE -> Kind.PRIORITY;
            case ACTIVATIONGROUP -> Kind.ACTIVATION_GROUP;
            default -> Kind.OTHER;
        };
    }

    private static byte[] withoutBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** Keeps every cell the parser gives, at its row and column. */
    private static final class Cells implements DataListener {
        private final List<TreeMap<Integer, String>> cells = new ArrayList<>();
        private final List<Map<Integer, Integer>> merged = new ArrayList<>();

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int row, int columns) {
            grow(row);
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            grow(row);
            cells.get(row).put(column, value == null ? "" : value);
            if (mergedColStart != DataListener.NON_MERGED) {
                merged.get(row).put(column, mergedColStart);
            }
        }

        private void grow(int row) {
            while (cells.size() <= row) {
                cells.add(new TreeMap<>());
                merged.add(new HashMap<>());
            }
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < cells.size(); r++) {
                rows.add(new Row(r + 1, java.util.Collections.unmodifiableSortedMap(cells.get(r)), Map.copyOf(merged.get(r))));
            }
            return List.copyOf(rows);
        }
    }

    /**
     * Drools' rule sheet listener, which the compiler uses, here only so that the Excel parser formats numbers as
     * it does when compiling. What it refuses is the compiler's to report: here it stops listening.
     */
    private static final class Compiling extends DefaultRuleSheetListener {
        private boolean refused;

        @Override
        public void newRow(int rowNumber, int columns) {
            if (!refused) {
                try {
                    super.newRow(rowNumber, columns);
                } catch (RuntimeException e) {
                    refused = true;
                }
            }
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (!refused) {
                try {
                    super.newCell(row, column, value, mergedColStart);
                } catch (RuntimeException e) {
                    refused = true;
                }
            }
        }

        @Override
        public void finishSheet() {
            if (!refused) {
                try {
                    super.finishSheet();
                } catch (RuntimeException e) {
                    refused = true;
                }
            }
        }
    }
}
