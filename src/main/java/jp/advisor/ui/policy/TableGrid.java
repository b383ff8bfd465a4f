package jp.advisor.ui.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jp.advisor.rules.RuleTables;
import jp.advisor.rules.RuleTables.Kind;

/**
 * A CSV decision table ({@code *.drl.csv}) as the grid shows it: each RuleTable's label row as the column headers and
 * its data rows as cells to edit. The engine's rows (RuleSet, Import, RuleTable, the column kinds, object types and
 * code snippets) stay out of sight and are written back byte for byte: an edit only ever replaces, adds or removes
 * data lines. The file is read by {@link RuleTables}, the way the compiler reads it, so the grid's cell names
 * ({@code D10}) are the ones the check reports.
 *
 * @param tables   the file's RuleTables, top to bottom
 * @param editable false when a data row uses merged cells (CSV {@code ...}), which the grid cannot keep: the file is
 *                 then edited as text
 */
record TableGrid(List<Table> tables, boolean editable) {

    /** A column of a table: its spreadsheet letter, label, kind, and what its cells must look like as typed. */
    record Column(int index, String letter, String label, String kind, String pattern, String hintJa, String hintEn,
                  boolean wide) {
    }

    /** A cell: the form field it is edited in, its spreadsheet address, its text, and the check's messages on it. */
    record Cell(String field, String address, String value, String pattern, List<String> messages) {

        public boolean flagged() {
            return !messages.isEmpty();
        }
    }

    record Row(int index, int line, List<Cell> cells) {

        public boolean flagged() {
            return cells.stream().anyMatch(Cell::flagged);
        }
    }

    record Table(int index, String name, int line, List<Column> columns, List<Row> rows, List<String> codeRows) {
    }

    /** A column with a value longer than this holds sentences: its cells are text areas that wrap. */
    private static final int WIDE = 16;
    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";
    private static final String BOOLEAN = "true|false";

    /** The grid of a CSV table's text, with the check's messages by cell address ({@code D10}). */
    static TableGrid of(String file, String text, Map<String, List<String>> messages) {
        return of(file, text, messages, text);
    }

    /**
     * The same, with what each column's cells must look like taken from {@code reference} (the file in use): a value
     * mistyped in the edit does not change what its column holds.
     */
    static TableGrid of(String file, String text, Map<String, List<String>> messages, String reference) {
        RuleTables.Sheet sheet = RuleTables.read(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<RuleTables.RuleTable> referenceTables = RuleTables.read(file,
                reference.getBytes(java.nio.charset.StandardCharsets.UTF_8)).tables();
        List<Table> tables = new ArrayList<>();
        boolean editable = true;
        for (int t = 0; t < sheet.tables().size(); t++) {
            RuleTables.RuleTable table = sheet.tables().get(t);
            List<Integer> columns = columns(table);
            List<Column> heads = new ArrayList<>();
            for (int c : columns) {
                String pattern = pattern(t < referenceTables.size() ? referenceTables.get(t) : table, c);
                heads.add(new Column(c, RuleTables.cellName(c, 1).replaceAll("\\d", ""), table.labels().cell(c).strip(),
                        table.kinds() == null || table.kinds().get(c) == null ? "" : table.kinds().get(c).name(), pattern,
                        pattern == null ? null : pattern.equals(NUMBER) ? "数値で書きます" : "true か false",
                        pattern == null ? null : pattern.equals(NUMBER) ? "a number" : "true or false",
                        table.data().stream().anyMatch(r -> r.cell(c).strip().length() > WIDE)));
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < table.data().size(); r++) {
                RuleTables.Row row = table.data().get(r);
                editable &= row.merged().isEmpty();
                List<Cell> cells = new ArrayList<>();
                for (Column column : heads) {
                    String address = RuleTables.cellName(column.index(), row.line());
                    cells.add(new Cell(field(t, r, column.index()), address, row.cell(column.index()), column.pattern(),
                            messages.getOrDefault(address, List.of())));
                }
                rows.add(new Row(r, row.line(), cells));
            }
            List<String> codeRows = new ArrayList<>();
            for (RuleTables.Row hidden : List.of(table.objectTypes(), table.snippets())) {
                codeRows.add(String.join(" | ", columns.stream().map(hidden::cell).toList()));
            }
            tables.add(new Table(t, table.name(), table.line(), heads, rows, codeRows));
        }
        return new TableGrid(List.copyOf(tables), editable);
    }

    /** The form field of a cell: table, row within it (from 0), and the sheet's column (from 0). */
    static String field(int table, int row, int column) {
        return "c_" + table + "_" + row + "_" + column;
    }

    /**
     * The text with every data row's grid cells taken from {@code form} (by {@link #field}); a row whose cells did not
     * change keeps its line as it was, and every other line is kept as it was.
     */
    static String apply(String file, String text, Function<String, String> form) {
        Lines lines = Lines.of(text);
        RuleTables.Sheet sheet = RuleTables.read(file, lines.bytes());
        for (int t = 0; t < sheet.tables().size(); t++) {
            RuleTables.RuleTable table = sheet.tables().get(t);
            List<Integer> columns = columns(table);
            for (int r = 0; r < table.data().size(); r++) {
                RuleTables.Row row = table.data().get(r);
                Map<Integer, String> cells = new TreeMap<>(row.cells());
                boolean changed = false;
                for (int c : columns) {
                    String sent = form.apply(field(t, r, c));
                    if (sent == null) {
                        continue;
                    }
                    // One line per row: Drools' CSV parser reads line by line.
                    String value = sent.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
                    if (!value.equals(row.cell(c))) {
                        cells.put(c, value);
                        changed = true;
                    }
                }
                if (changed) {
                    lines.set(row.line(), csvLine(cells));
                }
            }
        }
        return lines.text();
    }

    /**
     * The text with a row added at the end of a table: a copy of its last row (the values most often change little),
     * named apart so that two rules never share a name.
     */
    static String addRow(String file, String text, int tableIndex) {
        Lines lines = Lines.of(text);
        RuleTables.RuleTable table = table(file, lines, tableIndex);
        if (table.data().isEmpty()) {
            Map<Integer, String> cells = new TreeMap<>();
            cells.put(table.column(), "新しい行");
            lines.insertAfter(table.line() + 4, csvLine(cells));
            return lines.text();
        }
        RuleTables.Row last = table.data().get(table.data().size() - 1);
        Map<Integer, String> cells = new TreeMap<>(last.cells());
        table.kinds().forEach((c, kind) -> {
            if (kind == Kind.NAME) {
                cells.put(c, last.cell(c).strip() + "（追加）");
            }
        });
        lines.insertAfter(last.line(), csvLine(cells));
        return lines.text();
    }

    /** The text without one data row of a table. */
    static String removeRow(String file, String text, int tableIndex, int rowIndex) {
        Lines lines = Lines.of(text);
        RuleTables.RuleTable table = table(file, lines, tableIndex);
        if (rowIndex < 0 || rowIndex >= table.data().size()) {
            throw new IllegalArgumentException("no row " + rowIndex + " in table " + tableIndex);
        }
        lines.remove(table.data().get(rowIndex).line());
        return lines.text();
    }

    private static RuleTables.RuleTable table(String file, Lines lines, int index) {
        List<RuleTables.RuleTable> tables = RuleTables.read(file, lines.bytes()).tables();
        if (index < 0 || index >= tables.size()) {
            throw new IllegalArgumentException("no table " + index);
        }
        return tables.get(index);
    }

    /** The table's columns: those with a kind (or, when the kinds are refused, with a label), from its RuleTable cell. */
    private static List<Integer> columns(RuleTables.RuleTable table) {
        if (table.kinds() != null && !table.kinds().isEmpty()) {
            return table.kinds().keySet().stream().sorted().toList();
        }
        return table.labels().cells().keySet().stream().filter(c -> c >= table.column()).sorted().toList();
    }

    /** Numbers or true/false when every value of a condition or action column is one: what a typed cell is held to. */
    private static String pattern(RuleTables.RuleTable table, int column) {
        Kind kind = table.kinds() == null ? null : table.kinds().get(column);
        if (kind != Kind.CONDITION && kind != Kind.ACTION) {
            return null;
        }
        List<String> values = table.data().stream().map(r -> r.cell(column).strip()).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            return null;
        }
        if (values.stream().allMatch(v -> v.equals("true") || v.equals("false"))) {
            return BOOLEAN;
        }
        if (values.stream().allMatch(TableGrid::isNumber)) {
            return NUMBER;
        }
        return null;
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Cells by column as a CSV line ({@link RuleTables#csvLine}), the columns without a cell empty. */
    static String csvLine(Map<Integer, String> cells) {
        int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<String> line = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            line.add(cells.getOrDefault(i, ""));
        }
        return RuleTables.csvLine(line);
    }

    /**
     * A text's lines with the ends they had, ended as Drools' CSV parser (BufferedReader.readLine) ends them: \n, \r
     * or \r\n. Lines are numbered from 1; a UTF-8 BOM stays in front of the first.
     */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final List<String> ends = new ArrayList<>();

        static Lines of(String text) {
            Lines l = new Lines();
            int start = 0;
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (ch == '\n' || ch == '\r') {
                    int end = ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    l.lines.add(text.substring(start, i));
                    l.ends.add(text.substring(i, end));
                    start = end;
                    i = end;
                } else {
                    i++;
                }
            }
            if (start < text.length()) {
                l.lines.add(text.substring(start));
                l.ends.add("");
            }
            return l;
        }

        void set(int line, String text) {
            lines.set(line - 1, text);
        }

        void insertAfter(int line, String text) {
            int at = Math.min(line, lines.size());
            String end = ends.isEmpty() ? "\n" : ends.stream().filter(e -> !e.isEmpty()).findFirst().orElse("\n");
            if (at == lines.size() && !ends.isEmpty() && ends.get(at - 1).isEmpty()) {
                ends.set(at - 1, end); // the last line had no end: give it one before the new line
                end = "";
            }
            lines.add(at, text);
            ends.add(at, end);
        }

        void remove(int line) {
            lines.remove(line - 1);
            ends.remove(line - 1);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                text.append(lines.get(i)).append(ends.get(i));
            }
            return text.toString();
        }

        byte[] bytes() {
            return text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
