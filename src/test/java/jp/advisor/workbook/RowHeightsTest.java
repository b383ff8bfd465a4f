package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows are set as tall as their wrapped texts need, counted the way Excel lays Japanese out. */
class RowHeightsTest {

    private static final String LONG = "地域活動協議会を核とした自律した地域運営の支援として、様々な活動主体が協働し、"
            + "その話し合いのもと合意を形成し自律的に運営されていると感じている区民の割合を高める";

    @Test
    void aWideCharacterTakesTwoColumnsAndANarrowOneOne() {
        assertThat(RowHeights.columns("区民abc")).isEqualTo(7);
        assertThat(RowHeights.columns("５０％")).as("full-width digits").isEqualTo(6);
        assertThat(RowHeights.columns("ｱｲ")).as("half-width katakana").isEqualTo(2);
    }

    @Test
    void aLongJapaneseTextInANarrowColumnTakesMoreLinesThanAShortOne() {
        assertThat(RowHeights.lines("区民の割合", 28, 11)).isEqualTo(1);
        assertThat(RowHeights.lines(LONG, 28, 11)).isBetween(7, 9);
        assertThat(RowHeights.lines(LONG, 14, 11)).isGreaterThan(RowHeights.lines(LONG, 28, 11));
        assertThat(RowHeights.lines(LONG, 28, 9)).as("a smaller font fits more on a line")
                .isLessThan(RowHeights.lines(LONG, 28, 11));
    }

    @Test
    void eachLineBreakStartsALine() {
        assertThat(RowHeights.lines("A：順調\nB：順調でない", 28, 11)).isEqualTo(2);
        assertThat(RowHeights.lines("A：順調\r\n\nB：順調でない", 28, 11)).as("an empty line counts").isEqualTo(3);
    }

    @Test
    void englishWrapsBetweenWordsAndAWordLongerThanALineIsCut() {
        assertThat(RowHeights.lines("suggested overall self-rating", 14, 11)).isEqualTo(3);
        assertThat(RowHeights.lines("COUNT_TARGET_MET_WITHOUT_COUNTED_CASE", 12, 11)).isEqualTo(4);
    }

    @Test
    void moreLinesAreTallerAndNoRowIsTallerThanExcelAllows() {
        assertThat(RowHeights.points(2, 11)).isGreaterThan(RowHeights.points(1, 11));
        assertThat(RowHeights.points(1, 11)).isGreaterThan(11);
        assertThat(RowHeights.points(LONG.repeat(40), 10, 11)).isEqualTo(RowHeights.MAX_POINTS);
    }

    @Test
    void aRowIsAsTallAsItsTallestCellAndAnEmptyRowKeepsTheDefault() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = sheet(book);
            put(sheet, 0, 0, "区民の割合");
            put(sheet, 0, 1, LONG);
            sheet.createRow(1);

            RowHeights.fit(sheet, 0, 1);

            assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(RowHeights.points(LONG, 28, 11));
            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(sheet.getDefaultRowHeightInPoints());
        }
    }

    @Test
    void aCellMergedOverTwoColumnsWrapsInTheirWidth() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = sheet(book);
            put(sheet, 0, 0, LONG);
            put(sheet, 1, 0, LONG);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));

            RowHeights.fit(sheet, 0, 1);

            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(RowHeights.points(LONG, 56, 11))
                    .isLessThan(sheet.getRow(0).getHeightInPoints());
        }
    }

    @Test
    void aCellMergedOverRowsGetsItsHeightFromThemAllInEqualParts() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = sheet(book);
            put(sheet, 0, 0, LONG);
            put(sheet, 0, 1, "指標1");
            put(sheet, 1, 1, "指標2");
            put(sheet, 2, 1, "次の戦略");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));

            RowHeights.fit(sheet, 0, 2);

            float needed = RowHeights.points(LONG, 28, 11);
            float first = sheet.getRow(0).getHeightInPoints();
            float second = sheet.getRow(1).getHeightInPoints();
            assertThat(first + second).isBetween(needed, needed + 2);
            assertThat(first).isEqualTo(second);
            assertThat(sheet.getRow(2).getHeightInPoints()).isEqualTo(RowHeights.points(1, 11));
        }
    }

    @Test
    void growingNeverLowersARow() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet().createRow(0);
            row.setHeightInPoints(100);
            RowHeights.grow(row, 40);
            assertThat(row.getHeightInPoints()).isEqualTo(100);
            RowHeights.grow(row, 500);
            assertThat(row.getHeightInPoints()).isEqualTo(RowHeights.MAX_POINTS);
        }
    }

    /** Two wrapped columns 28 characters wide. */
    private static XSSFSheet sheet(XSSFWorkbook book) {
        XSSFSheet sheet = book.createSheet();
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        return sheet;
    }

    private static void put(XSSFSheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        r.createCell(column).setCellValue(text);
        r.getCell(column).setCellStyle(wrapped);
    }
}
