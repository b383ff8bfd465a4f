package jp.advisor.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.facts.Cell;
import jp.advisor.submission.Submission;

/**
 * Writes the 様式 ({@link WorkbookLayout}): the blank template, or a submission in it, one row per outcome on sheet 1
 * (the strategy's cells merged over its outcomes' rows) and one per initiative on sheet 2 (the strategy's number
 * merged over its initiatives). Ids of the form 「…@1-(2)-ア」 or 「1-(3)-イ」 get the 経営課題 / 項目 rows (「1」, 「(2)」)
 * above them as the printed 様式 has; those rows have no number and are read past.
 */
public final class WorkbookWriter {

    // The submission as its JSON tree: the layout names fields by their JSON keys, so writing needs no second mapping.
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HIERARCHY = Pattern.compile("^(\\d+)-\\((\\d+)\\)-");
    /** Rows below the data that still get drop-downs, for rows staff add. */
    private static final int SPARE_ROWS = 200;

    private WorkbookWriter() {
    }

    /** The blank 様式. */
    public static byte[] template() {
        return new Writer(null).bytes();
    }

    /** {@code submission} in the 様式; {@link WorkbookReader} reads it back equal. */
    public static byte[] write(Submission submission) {
        return new Writer(JSON.valueToTree(submission)).bytes();
    }

    private static final class Writer {

        private final JsonNode root;
        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle heading;
        private final CellStyle legend;
        private final CellStyle text;
        private final CellStyle centred;
        private final CellStyle hierarchy;
        private final CellStyle title;

        Writer(JsonNode root) {
            this.root = root;
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = style(HorizontalAlignment.CENTER);
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            legend = style(HorizontalAlignment.LEFT);
            Font small = workbook.createFont();
            small.setFontHeightInPoints((short) 9);
            legend.setFont(small);
            text = style(HorizontalAlignment.LEFT);
            centred = style(HorizontalAlignment.CENTER);
            hierarchy = style(HorizontalAlignment.LEFT);
            hierarchy.setFont(bold);
            hierarchy.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            hierarchy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title = workbook.createCellStyle();
            title.setFont(bold);
        }

        byte[] bytes() {
            strategies(sheet(WorkbookLayout.STRATEGIES));
            initiatives(sheet(WorkbookLayout.INITIATIVES));
            try (XSSFWorkbook book = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                book.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A sheet with its header band, widths, print setup and frozen panes. */
        private SheetWriter sheet(WorkbookLayout.Sheet layout) {
            XSSFSheet sheet = workbook.createSheet(layout.name());
            List<WorkbookLayout.Column> columns = layout.columns();
            int last = columns.size() - 1;
            String organization = root == null ? null : root.path("organization").asString(null);
            Row titleRow = sheet.createRow(WorkbookLayout.TITLE_ROW);
            put(titleRow, 0, WorkbookLayout.TITLE + (organization == null ? "" : "（" + organization + "）"), title);
            Row labels = sheet.createRow(WorkbookLayout.LABEL_ROW);
            put(labels, 0, WorkbookLayout.ORGANIZATION_LABEL, heading);
            put(labels, 1, organization, text);
            put(labels, 2, WorkbookLayout.YEAR_LABEL, heading);
            put(labels, 3, root == null ? null : root.path("fiscalYear").asString(null), text);
            put(labels, 4, layout.name(), title);
            Row groups = sheet.createRow(WorkbookLayout.GROUP_ROW);
            Row headings = sheet.createRow(WorkbookLayout.HEADING_ROW);
            Row legends = sheet.createRow(WorkbookLayout.LEGEND_ROW);
            for (int c = 0; c <= last; c++) {
                WorkbookLayout.Column column = columns.get(c);
                sheet.setColumnWidth(c, column.width() * 256);
                put(groups, c, column.group() == null ? column.heading() : column.group(), heading);
                put(headings, c, column.heading(), heading);
                put(legends, c, column.legend(), legend);
                if (column.group() == null) {
                    sheet.addMergedRegion(new CellRangeAddress(WorkbookLayout.GROUP_ROW, WorkbookLayout.HEADING_ROW, c, c));
                }
            }
            for (int c = 0; c <= last; ) {
                String group = columns.get(c).group();
                int end = c;
                while (group != null && end + 1 <= last && group.equals(columns.get(end + 1).group())) {
                    end++;
                }
                if (end > c) {
                    sheet.addMergedRegion(new CellRangeAddress(WorkbookLayout.GROUP_ROW, WorkbookLayout.GROUP_ROW, c, end));
                }
                c = end + 1;
            }
            printOnA3(sheet, WorkbookLayout.GROUP_ROW, WorkbookLayout.LEGEND_ROW);
            // The numbers stay in view while scrolling right, the headings while scrolling down.
            int idColumns = (int) columns.stream().filter(c -> c.kind() == WorkbookLayout.Kind.ID).count();
            sheet.createFreezePane(idColumns, WorkbookLayout.FIRST_DATA_ROW);
            return new SheetWriter(sheet, layout);
        }

        private void strategies(SheetWriter out) {
            for (JsonNode strategy : strategies()) {
                out.hierarchy(strategy.path("id").asString(""));
                JsonNode outcomes = strategy.path("outcomes");
                int rows = Math.max(1, outcomes.size());
                int first = out.row;
                for (int i = 0; i < rows; i++) {
                    Row row = out.sheet.createRow(out.row++);
                    JsonNode outcome = outcomes.get(i);
                    for (int c = 0; c < out.layout.columns().size(); c++) {
                        WorkbookLayout.Column column = out.layout.columns().get(c);
                        JsonNode owner = column.level() == Cell.Level.OUTCOME ? outcome : i == 0 ? strategy : null;
                        put(row, c, owner, column);
                    }
                }
                out.mergeDown(first, rows, column -> column.level() != Cell.Level.OUTCOME);
            }
            out.validations();
            out.fitRows();
        }

        private void initiatives(SheetWriter out) {
            for (JsonNode strategy : strategies()) {
                JsonNode initiatives = strategy.path("initiatives");
                if (initiatives.isEmpty()) {
                    continue;
                }
                out.hierarchy(strategy.path("id").asString(""));
                int first = out.row;
                for (int i = 0; i < initiatives.size(); i++) {
                    Row row = out.sheet.createRow(out.row++);
                    for (int c = 0; c < out.layout.columns().size(); c++) {
                        WorkbookLayout.Column column = out.layout.columns().get(c);
                        JsonNode owner = column.level() == Cell.Level.INITIATIVE ? initiatives.get(i)
                                : i == 0 ? strategy : null;
                        put(row, c, owner, column);
                    }
                }
                out.mergeDown(first, initiatives.size(), column -> column.level() == Cell.Level.STRATEGY);
            }
            out.validations();
            out.fitRows();
        }

        private Iterable<JsonNode> strategies() {
            return root == null ? List.of() : root.path("strategies");
        }

        /** The column's field of {@code owner} (null: an empty cell with the column's style, inside a merge). */
        private void put(Row row, int c, JsonNode owner, WorkbookLayout.Column column) {
            JsonNode value = owner;
            for (String key : column.path()) {
                value = value == null ? null : value.get(key);
            }
            CellStyle style = column.kind() == WorkbookLayout.Kind.RATING || column.kind() == WorkbookLayout.Kind.FLAG
                    ? centred : text;
            if (value == null || value.isNull()) {
                put(row, c, null, style);
            } else if (value.isBoolean()) {
                put(row, c, value.booleanValue() ? WorkbookLayout.YES : WorkbookLayout.NO, style);
            } else {
                // "" stays a string cell: the contract tells an empty field from an absent one.
                row.createCell(c).setCellValue(value.asString());
                row.getCell(c).setCellStyle(style);
            }
        }

        private static void put(Row row, int c, String value, CellStyle style) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            if (value != null) {
                cell.setCellValue(value);
            }
            cell.setCellStyle(style);
        }

        private CellStyle style(HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setAlignment(alignment);
            // Text format: what staff type (「54.1%」「1」) stays as written instead of becoming a number.
            style.setDataFormat(workbook.createDataFormat().getFormat("@"));
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        /** Writes one sheet's rows, keeping the 経営課題 and 項目 last shown. */
        private final class SheetWriter {

            final XSSFSheet sheet;
            final WorkbookLayout.Sheet layout;
            int row = WorkbookLayout.FIRST_DATA_ROW;
            private String issue;
            private String item;

            SheetWriter(XSSFSheet sheet, WorkbookLayout.Sheet layout) {
                this.sheet = sheet;
                this.layout = layout;
            }

            /** 「1」 and 「(2)」 rows before a strategy whose id names a 経営課題 and 項目 other than the last. */
            void hierarchy(String id) {
                Matcher m = HIERARCHY.matcher(id.substring(id.indexOf('@') + 1));
                if (!m.find()) {
                    return;
                }
                if (!m.group(1).equals(issue)) {
                    issue = m.group(1);
                    item = null;
                    headingRow(issue);
                }
                if (!m.group(2).equals(item)) {
                    item = m.group(2);
                    headingRow("(" + item + ")");
                }
            }

            // The marker stands in the 項目 column; the number column stays empty, so the reader skips the row.
            private void headingRow(String marker) {
                Row r = sheet.createRow(row++);
                for (int c = 0; c < layout.columns().size(); c++) {
                    boolean itemColumn = layout.columns().get(c).field().equals("item");
                    put(r, c, itemColumn ? marker : null, hierarchy);
                }
            }

            void mergeDown(int first, int rows, java.util.function.Predicate<WorkbookLayout.Column> which) {
                if (rows < 2) {
                    return;
                }
                for (int c = 0; c < layout.columns().size(); c++) {
                    if (which.test(layout.columns().get(c))) {
                        sheet.addMergedRegion(new CellRangeAddress(first, first + rows - 1, c, c));
                    }
                }
            }

            /** Every row as tall as its texts need: no program but Excel's editing fits rows, and none fits merged cells. */
            void fitRows() {
                RowHeights.fit(sheet, WorkbookLayout.TITLE_ROW, row - 1);
            }

            /** A drop-down of its scale on every rating and flag cell, down to spare rows below the data. */
            void validations() {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                int lastRow = row + SPARE_ROWS;
                for (int c = 0; c < layout.columns().size(); c++) {
                    WorkbookLayout.Column column = layout.columns().get(c);
                    List<String> symbols = new ArrayList<>();
                    if (column.kind() == WorkbookLayout.Kind.RATING) {
                        symbols.addAll(column.cell().symbols());
                    } else if (column.kind() == WorkbookLayout.Kind.FLAG) {
                        symbols.addAll(List.of(WorkbookLayout.YES, WorkbookLayout.NO));
                    } else {
                        continue;
                    }
                    DataValidation validation = helper.createValidation(
                            helper.createExplicitListConstraint(symbols.toArray(String[]::new)),
                            new CellRangeAddressList(WorkbookLayout.FIRST_DATA_ROW, lastRow, c, c));
                    // A warning, not a refusal: 「Ａ」 typed in full width is read as A all the same.
                    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                    validation.setShowErrorBox(true);
                    validation.createErrorBox(column.heading(), "使える値 / allowed: " + String.join(" ", symbols));
                    validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                    sheet.addValidationData(validation);
                }
            }
        }
    }

    /**
     * Prints as the 様式 does: A3 landscape, one page wide and as many pages down as it takes, rows {@code headingFrom}
     * to {@code headingTo} repeated at the top of every page. The 指摘一覧 of an annotated workbook prints alike.
     */
    static void printOnA3(org.apache.poi.ss.usermodel.Sheet sheet, int headingFrom, int headingTo) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headingFrom, headingTo, -1, -1));
    }
}
