package jp.advisor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.advisor.rules.RuleTables;

/**
 * A CSV decision table saved as an Excel workbook, as policy staff would save it: every cell where the CSV has it,
 * plain numbers as number cells, a {@code ...} stretch as merged cells (each cell of it created, blank past the
 * first). Tests show with it that {@code .drl.xlsx} tables are read, analysed and mutated like {@code .drl.csv} ones.
 */
public final class TableWorkbooks {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d*[1-9])?");

    private TableWorkbooks() {
    }

    public static byte[] fromCsv(byte[] csv) {
        RuleTables.Sheet table = RuleTables.read("table.drl.csv", csv);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Decision Tables");
            for (RuleTables.Row row : table.rows()) {
                Row r = sheet.createRow(row.line() - 1);
                for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
                    String v = cell.getValue();
                    if (v.isEmpty() && !row.merged().containsKey(cell.getKey())) {
                        continue;
                    }
                    Cell c = r.createCell(cell.getKey());
                    if (PLAIN_NUMBER.matcher(v).matches()) {
                        c.setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        c.setCellValue(v);
                    }
                }
                int from = -1;
                int to = -1;
                for (int column = 0; column <= row.width(); column++) {
                    Integer start = row.merged().get(column);
                    if (start != null && start == from) {
                        to = column;
                        continue;
                    }
                    if (to > from) {
                        sheet.addMergedRegion(new CellRangeAddress(row.line() - 1, row.line() - 1, from, to));
                    }
                    from = start == null ? -1 : start;
                    to = from;
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
