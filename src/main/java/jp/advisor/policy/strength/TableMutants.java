package jp.advisor.policy.strength;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import jp.advisor.rules.RuleTables;
import jp.advisor.rules.RuleTables.Kind;

/**
 * The mutants of a decision table's rows ({@code *.drl.csv} or {@code *.drl.xlsx}, read by {@link RuleTables}): each
 * number in a condition column one step up and one step down (50 → 49, 51; 59.9 → 59.8, 60.0), and each short value
 * of a column (true/false, A/B, ア/イ, an action code) swapped for the column's other values. Only the data rows of
 * each {@code RuleTable} are changed.
 */
final class TableMutants {

    /** Values longer than this are sentences (explanations), not symbols. */
    private static final int SYMBOL_LENGTH = 20;

    private TableMutants() {
    }

    static List<Mutant> of(String file, byte[] content) {
        RuleTables.Sheet sheet = RuleTables.read(file, content);
        boolean csv = RuleTables.isCsv(file);
        List<Mutant> mutants = new ArrayList<>();
        for (RuleTables.RuleTable table : sheet.tables()) {
            if (table.kinds() == null) {
                continue;
            }
            for (int col : table.kinds().keySet().stream().sorted().toList()) {
                Kind kind = table.kinds().get(col);
                if (kind != Kind.CONDITION && kind != Kind.ACTION) {
                    continue;
                }
                Set<String> values = new LinkedHashSet<>();
                for (RuleTables.Row row : table.data()) {
                    String v = row.cell(col).strip();
                    if (!v.isBlank()) {
                        values.add(v);
                    }
                }
                boolean symbols = values.size() >= 2
                        && values.stream().allMatch(v -> v.length() <= SYMBOL_LENGTH && !v.contains("{"));
                for (RuleTables.Row row : table.data()) {
                    String v = row.cell(col).strip();
                    if (v.isBlank()) {
                        continue;
                    }
                    List<String> replacements = new ArrayList<>();
                    BigDecimal number = number(v);
                    if (number != null && kind == Kind.CONDITION) {
                        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(number.scale(), 0));
                        replacements.add(number.subtract(step).toPlainString());
                        replacements.add(number.add(step).toPlainString());
                    } else if (symbols && number == null) {
                        values.stream().filter(o -> !o.equals(v)).forEach(replacements::add);
                    }
                    for (String to : replacements) {
                        byte[] changed = csv ? csvWith(content, row, col, to) : workbookWith(content, row.line(), col, to);
                        mutants.add(new Mutant(file, file + "!" + RuleTables.cellName(col, row.line()), v, to, changed));
                    }
                }
            }
        }
        return mutants;
    }

    /** The CSV with one cell of {@code row} set to {@code to}: that line is written anew, the others kept as they are. */
    private static byte[] csvWith(byte[] content, RuleTables.Row row, int column, String to) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Lines end as Drools' CSV parser (BufferedReader.readLine) ends them: \n, \r or \r\n.
        int line = 1;
        int start = 0;
        while (line < row.line() && start < text.length()) {
            char c = text.charAt(start++);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && start < text.length() && text.charAt(start) == '\n') {
                    start++;
                }
                line++;
            }
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.width(), column + 1); c++) {
            String v = c == column ? to : row.cell(c);
            cells.add(c != column && row.merged().containsKey(c) ? v + "..." : v);
        }
        String edited = text.substring(0, start) + RuleTables.csvLine(cells) + text.substring(end);
        return edited.getBytes(StandardCharsets.UTF_8);
    }

    /** The workbook with one cell of its first sheet (the one the compiler reads) set to {@code to}. */
    private static byte[] workbookWith(byte[] content, int line, int column, String to) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            Row row = sheet.getRow(line - 1) == null ? sheet.createRow(line - 1) : sheet.getRow(line - 1);
            Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            if (cell.getCellType() == CellType.NUMERIC && number(to) != null) {
                cell.setCellValue(Double.parseDouble(to));
            } else {
                cell.setCellValue(to);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal number(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
