package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * fixtures/submissions/taisho-ward-fy2016.xlsx is the seed written by the writer and then edited as staff edit:
 * 7-1@1-(2)-ア's 戦略番号 and 全体 unmerged, a 備考 column added, 8-1@2-(2)-ア's 全体 typed 「Ａ」, 6-1's 54.1% stored as
 * the number 0.541 in a percent format. It reads as the JSON seed.
 */
class WorkbookFixtureTest {

    private static final Path WORKBOOK = Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx");

    @Test
    void theStaffEditedSeedWorkbookReadsAsTheJsonSeed() throws IOException {
        WorkbookSubmission read = new WorkbookReader().read(Files.readAllBytes(WORKBOOK), WORKBOOK.toString());

        assertThat(read.submission()).isEqualTo(WorkbookReaderTest.SEED);
    }

    @Test
    void theWorkbookStillHasTheStaffEdits() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(WORKBOOK))) {
            XSSFSheet sheet = book.getSheet(WorkbookLayout.STRATEGIES.name());
            String strategies = WorkbookLayout.STRATEGIES.name();
            int value = WorkbookReaderTest.column(book, strategies, "アウトカムの達成状況");
            org.apache.poi.ss.usermodel.Cell percent = sheet.getRow(WorkbookReaderTest.firstRowOf(book, "6-1")).getCell(value);
            assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(percent.getCellStyle().getDataFormatString()).contains("%");
            int overall = WorkbookReaderTest.column(book, strategies, "全体");
            assertThat(sheet.getRow(WorkbookReaderTest.firstRowOf(book, "8-1@2-(2)-ア")).getCell(overall)
                    .getStringCellValue()).isEqualTo("Ａ");
            assertThat(WorkbookReaderTest.column(book, strategies, "備考")).isGreaterThan(overall);
            int split = WorkbookReaderTest.firstRowOf(book, "7-1@1-(2)-ア") + 1;
            assertThat(sheet.getRow(split).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getMergedRegions()).noneMatch(r -> r.isInRange(split, 0));
        }
    }
}
