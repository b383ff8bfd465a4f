package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.advisor.facts.Cell;

/** The blank 様式 has the printed 様式's headings and legends, drop-downs on its rating cells, and prints on A3. */
class WorkbookTemplateTest {

    @Test
    void bothSheetsHaveEveryHeadingUnderItsMergedGroupAndTheLegends() throws IOException {
        try (XSSFWorkbook book = template()) {
            assertThat(sheetNames(book)).containsExactly("めざす成果および戦略", "具体的取組");
            for (WorkbookLayout.Sheet layout : WorkbookLayout.SHEETS) {
                XSSFSheet sheet = book.getSheet(layout.name());
                assertThat(row(sheet, WorkbookLayout.HEADING_ROW))
                        .containsExactlyElementsOf(layout.columns().stream().map(WorkbookLayout.Column::heading).toList());
                assertThat(row(sheet, WorkbookLayout.GROUP_ROW)).contains("計画", "自己評価");
                assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                    assertThat(region.getFirstRow()).isEqualTo(WorkbookLayout.GROUP_ROW);
                    assertThat(region.getLastRow()).isEqualTo(WorkbookLayout.GROUP_ROW);
                    assertThat(text(sheet, WorkbookLayout.GROUP_ROW, region.getFirstColumn())).isEqualTo("自己評価");
                });
                assertThat(row(sheet, WorkbookLayout.LABEL_ROW)).contains("組織名", "年度");
            }
            assertThat(row(book.getSheet("めざす成果および戦略"), WorkbookLayout.LEGEND_ROW)).contains(
                    "ア：有効であり、継続して推進\nイ：有効でないため、戦略を見直す", "A：順調\nB：順調でない", "a：順調\nb：順調でない");
            assertThat(row(book.getSheet("具体的取組"), WorkbookLayout.LEGEND_ROW)).contains("○：有効\n×：有効でないため見直す");
        }
    }

    @Test
    void everyRatingCellHasADropDownOfItsScale() throws IOException {
        try (XSSFWorkbook book = template()) {
            for (WorkbookLayout.Sheet layout : WorkbookLayout.SHEETS) {
                XSSFSheet sheet = book.getSheet(layout.name());
                for (int c = 0; c < layout.columns().size(); c++) {
                    Cell cell = layout.columns().get(c).cell();
                    if (cell == null || !cell.hasSelfAssessment()) {
                        continue;
                    }
                    DataValidation validation = validationAt(sheet, WorkbookLayout.FIRST_DATA_ROW, c);
                    assertThat(validation).as(cell.toString()).isNotNull();
                    assertThat(validation.getValidationConstraint().getExplicitListValues())
                            .containsExactlyElementsOf(cell.symbols());
                }
            }
        }
    }

    @Test
    void theHeadingsAndNumbersStayInViewAndTheSheetPrintsOnA3Landscape() throws IOException {
        try (XSSFWorkbook book = template()) {
            XSSFSheet sheet = book.getSheet("具体的取組");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo(WorkbookLayout.FIRST_DATA_ROW);
            assertThat((int) sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo(2);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void aStrategyWhoseNumberNamesItsIssueAndItemHasTheirRowsAboveIt() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.write(WorkbookReaderTest.SEED)))) {
            XSSFSheet sheet = book.getSheet("めざす成果および戦略");
            int first = WorkbookReaderTest.firstRowOf(book, "7-1@1-(2)-ア");
            int item = WorkbookReaderTest.column(book, "めざす成果および戦略", "項目");

            assertThat(row(sheet, first - 2)).containsExactly("1");
            assertThat(text(sheet, first - 2, item)).isEqualTo("1");
            assertThat(row(sheet, first - 1)).containsExactly("(2)");
        }
    }

    @Test
    void aRowWithLongTextsIsTallEnoughToPrintThemWholeAndAHeadingRowStaysOneLine() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.write(WorkbookReaderTest.SEED)))) {
            XSSFSheet sheet = book.getSheet("めざす成果および戦略");
            int first = WorkbookReaderTest.firstRowOf(book, "7-1@1-(2)-ア");
            String strategy = WorkbookReaderTest.SEED.strategies().stream()
                    .filter(s -> s.id().equals("7-1@1-(2)-ア")).findFirst().orElseThrow().strategy();
            int column = WorkbookReaderTest.column(book, "めざす成果および戦略", "戦略");

            // The strategy's cells are merged over its two outcomes' rows: together they hold its text.
            float both = sheet.getRow(first).getHeightInPoints() + sheet.getRow(first + 1).getHeightInPoints();
            assertThat(both).isGreaterThanOrEqualTo(RowHeights.points(strategy, sheet.getColumnWidth(column) / 256.0, 11))
                    .isGreaterThan(RowHeights.points(4, 11));
            assertThat(sheet.getRow(first - 1).getHeightInPoints()).as("the 「(2)」 row")
                    .isEqualTo(RowHeights.points(1, 11));
        }
    }

    @Test
    void theLegendsShowWholeUnderTheirHeadings() throws IOException {
        try (XSSFWorkbook book = template()) {
            // 「ア：有効であり、継続して推進\nイ：有効でないため、戦略を見直す」 takes four lines of 9 pt in its column.
            assertThat(book.getSheet("めざす成果および戦略").getRow(WorkbookLayout.LEGEND_ROW).getHeightInPoints())
                    .isGreaterThanOrEqualTo(RowHeights.points(4, 9));
            // 「指標の目標値（アウトカムと異なる場合）」 three lines of bold 11 pt.
            assertThat(book.getSheet("めざす成果および戦略").getRow(WorkbookLayout.HEADING_ROW).getHeightInPoints())
                    .isGreaterThanOrEqualTo(RowHeights.points(3, 11));
        }
    }

    private static XSSFWorkbook template() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.template()));
    }

    private static DataValidation validationAt(XSSFSheet sheet, int row, int column) {
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, column)) {
                    return validation;
                }
            }
        }
        return null;
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> row(XSSFSheet sheet, int r) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(r).getLastCellNum(); c++) {
            String text = text(sheet, r, c);
            if (text != null && !text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String text(XSSFSheet sheet, int r, int c) {
        org.apache.poi.xssf.usermodel.XSSFCell cell = sheet.getRow(r).getCell(c);
        return cell == null ? null : cell.getStringCellValue();
    }
}
