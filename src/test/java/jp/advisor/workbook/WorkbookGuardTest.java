package jp.advisor.workbook;

import static jp.advisor.workbook.GuardSamples.bytes;
import static jp.advisor.workbook.GuardSamples.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;

class WorkbookGuardTest {

    private static SubmissionProblem refusal(byte[] bytes, String fileName) {
        return refusal(bytes, fileName, WorkbookGuard.Limits.standard());
    }

    private static SubmissionProblem refusal(byte[] bytes, String fileName, WorkbookGuard.Limits limits) {
        SubmissionException e = catchThrowableOfType(SubmissionException.class,
                () -> WorkbookGuard.check(bytes, fileName, limits));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getProblems()).hasSize(1);
        SubmissionProblem problem = e.getProblems().get(0);
        assertThat(problem.source()).isEqualTo(fileName);
        assertThat(problem.describe()).as("Japanese first, English beside").contains(problem.messageJa() + " / " + problem.messageEn());
        return problem;
    }

    private static WorkbookGuard.Limits limits(long maxUncompressedBytes, long maxEntries) {
        WorkbookGuard.Limits standard = WorkbookGuard.Limits.standard();
        return new WorkbookGuard.Limits(standard.maxFileBytes(), maxUncompressedBytes, maxEntries,
                standard.minInflateRatio(), standard.graceEntryBytes(), standard.maxRows(), standard.maxCells());
    }

    /** The standard limits but for rows of a sheet and cells of the workbook. */
    private static WorkbookGuard.Limits rowsAndCells(long maxRows, long maxCells) {
        WorkbookGuard.Limits standard = WorkbookGuard.Limits.standard();
        return new WorkbookGuard.Limits(standard.maxFileBytes(), standard.maxUncompressedBytes(), standard.maxEntries(),
                standard.minInflateRatio(), standard.graceEntryBytes(), maxRows, maxCells);
    }

    @Test
    void letsAnOrdinaryWorkbookThrough() {
        assertThatCode(() -> WorkbookGuard.check(xlsx("大正区"), "提出.xlsx")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmptyFile() {
        SubmissionProblem problem = refusal(new byte[0], "空.xlsx");
        assertThat(problem.path()).isEmpty();
        assertThat(problem.messageJa()).isEqualTo("空のファイルです");
        assertThat(problem.messageEn()).isEqualTo("the file is empty");
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        WorkbookGuard.Limits standard = WorkbookGuard.Limits.standard();
        WorkbookGuard.Limits small = new WorkbookGuard.Limits(1000, standard.maxUncompressedBytes(),
                standard.maxEntries(), standard.minInflateRatio(), standard.graceEntryBytes(), standard.maxRows(),
                standard.maxCells());
        SubmissionProblem problem = refusal(xlsx("大正区"), "大きい.xlsx", small);
        assertThat(problem.messageJa()).startsWith("ファイルが大きすぎます").contains("上限 0.0 MB");
        assertThat(problem.messageEn()).startsWith("the file is too large");
    }

    @Test
    void refusesAZipBombAtTheEntryThatInflatesBeyondPoisRatioWithoutInflatingItAll() {
        long twoHundredMegabytes = 200L * 1024 * 1024;
        byte[] bomb = GuardSamples.withEntry(xlsx("大正区"), "xl/media/image1.bin", GuardSamples.zeros(twoHundredMegabytes));
        assertThat(bomb.length).as("small on disk").isLessThan(1024 * 1024);

        long start = System.nanoTime();
        SubmissionProblem problem = refusal(bomb, "爆弾.xlsx");

        assertThat(problem.path()).isEqualTo("xl/media/image1.bin");
        assertThat(problem.messageJa()).contains("zip 爆弾の疑い");
        assertThat(problem.messageEn()).contains("zip bomb");
        assertThat(System.nanoTime() - start).as("stops after POI's grace size, not after 200 MB").isLessThan(5_000_000_000L);
    }

    @Test
    void refusesAWorkbookWhoseEntriesTogetherUncompressBeyondTheTotal() {
        SubmissionProblem problem = refusal(xlsx("大正区"), "提出.xlsx", limits(1000, 1000));
        assertThat(problem.path()).as("the entry that went over").isNotEmpty();
        assertThat(problem.messageJa()).startsWith("展開すると大きすぎます");
        assertThat(problem.messageEn()).startsWith("the workbook uncompresses beyond");
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        SubmissionProblem problem = refusal(xlsx("大正区"), "提出.xlsx", limits(Long.MAX_VALUE, 3));
        assertThat(problem.messageJa()).isEqualTo("zip の項目が多すぎます（上限 3）");
        assertThat(problem.messageEn()).isEqualTo("the zip has too many entries (at most 3)");
    }

    @Test
    void refusesASheetWithMoreRowsThanTheLimitNamingItsPartAndItsSheet() {
        byte[] workbook = GuardSamples.grid(11, 2, "めざす成果および戦略", "具体的取組");

        SubmissionProblem problem = refusal(workbook, "行.xlsx", rowsAndCells(10, 1000));

        assertThat(problem.path()).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(problem.describe()).startsWith("行.xlsx: xl/worksheets/sheet1.xml: シート「めざす成果および戦略」の行が多すぎます（上限 10 行）");
        assertThat(problem.messageEn()).startsWith("sheet \"めざす成果および戦略\" has too many rows (at most 10)");
    }

    @Test
    void takesASheetWithRowsAndAWorkbookWithCellsExactlyAtTheLimits() {
        byte[] workbook = GuardSamples.grid(10, 3, "めざす成果および戦略", "具体的取組");

        assertThatCode(() -> WorkbookGuard.check(workbook, "上限.xlsx", rowsAndCells(10, 60))).doesNotThrowAnyException();
    }

    @Test
    void refusesAWorkbookWithTooManyCellsCountedOverAllItsSheets() {
        byte[] workbook = GuardSamples.grid(10, 3, "めざす成果および戦略", "具体的取組");

        SubmissionProblem problem = refusal(workbook, "セル.xlsx", rowsAndCells(10, 59));

        assertThat(problem.path()).as("the sheet where the count went over").isEqualTo("xl/worksheets/sheet2.xml");
        assertThat(problem.messageJa()).startsWith("セルが多すぎます（ブック全体で上限 59 個、シート「具体的取組」で超えました）");
        assertThat(problem.messageEn()).startsWith("the workbook has too many cells (at most 59, exceeded on sheet \"具体的取組\")");
    }

    @Test
    void countsTheCellsThemselvesNotWhatTheDimensionClaims() {
        byte[] workbook = GuardSamples.withText(GuardSamples.grid(10, 3, "めざす成果および戦略"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1\"/>"));
        assertThat(new String(workbook, StandardCharsets.ISO_8859_1)).as("zipped, so not visible").doesNotContain("A1:C10");

        assertThat(refusal(workbook, "偽.xlsx", rowsAndCells(10, 29)).messageJa()).startsWith("セルが多すぎます");
    }

    @Test
    void countsAWorksheetByItsContentWhateverItsPartIsNamed() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 11; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        byte[] hidden = GuardSamples.withEntry(xlsx("大正区"), "xl/media/data.bin", out -> out.write(bytes(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                        + "</sheetData></worksheet>")));

        SubmissionProblem problem = refusal(hidden, "隠し.xlsx", rowsAndCells(10, 1000));

        assertThat(problem.path()).isEqualTo("xl/media/data.bin");
        assertThat(problem.messageJa()).startsWith("このシートの行が多すぎます（上限 10 行）");
    }

    @Test
    void refusesAWorkbookWithMoreSharedStringsThanCells() {
        StringBuilder strings = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            strings.append("<si><t>").append(i).append("</t></si>");
        }
        byte[] workbook = GuardSamples.withText(xlsx("大正区"), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<si>.*</si>", strings.toString()));

        SubmissionProblem problem = refusal(workbook, "文字列.xlsx", rowsAndCells(10, 10));

        assertThat(problem.path()).isEqualTo("xl/sharedStrings.xml");
        assertThat(problem.messageJa()).startsWith("文字列が多すぎます（上限 10 個）");
    }

    @Test
    void refusesMoreCellsThanTheStandardLimitQuicklyWithoutOpeningTheWorkbook() {
        java.util.Random random = new java.util.Random(12);
        byte[] huge = GuardSamples.withText(xlsx("大正区"), "xl/worksheets/sheet1.xml", xml -> {
            StringBuilder rows = new StringBuilder("<sheetData>");
            for (int r = 1; r <= 600; r++) { // 600,000 cells
                rows.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < 1000; c++) {
                    rows.append("<c><v>").append(random.nextInt(1000)).append("</v></c>");
                }
                rows.append("</row>");
            }
            return xml.replaceFirst("<sheetData>.*</sheetData>", rows.append("</sheetData>").toString());
        });
        assertThat(huge.length).as("a workbook the HTTP body limit lets through").isLessThan(5 * 1024 * 1024);

        SubmissionProblem problem = refusal(huge, "百万.xlsx");

        assertThat(problem.messageJa()).startsWith("セルが多すぎます（ブック全体で上限 100,000 個");
    }

    @Test
    void refusesAMacroEnabledWorkbook() {
        SubmissionProblem problem = refusal(GuardSamples.xlsm("大正区"), "提出.xlsm");
        assertThat(problem.path()).isEmpty();
        assertThat(problem.messageJa()).isEqualTo("マクロ付きのブック（.xlsm）は受け付けません。.xlsx で保存してください");
        assertThat(problem.messageEn()).isEqualTo("macro-enabled workbooks (.xlsm) are not accepted; save the workbook as .xlsx");
    }

    @Test
    void refusesAnXlsxCarryingAMacroProjectAtThatEntry() {
        byte[] hidden = GuardSamples.withEntry(xlsx("大正区"), "xl/vbaProject.bin", out -> out.write(bytes("VBA")));
        SubmissionProblem problem = refusal(hidden, "提出.xlsx");
        assertThat(problem.path()).isEqualTo("xl/vbaProject.bin");
        assertThat(problem.messageJa()).startsWith("マクロ付きのブック（.xlsm）は受け付けません");
    }

    @Test
    void refusesALegacyXlsAskingForXlsx() {
        SubmissionProblem problem = refusal(GuardSamples.xls("大正区"), "提出.xls");
        assertThat(problem.messageJa()).isEqualTo("Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください");
        assertThat(problem.messageEn()).isEqualTo("Excel 97-2003 files (.xls) cannot be read; save the workbook as .xlsx");
    }

    @Test
    void refusesAPasswordProtectedWorkbookRatherThanCallingItAnXls() {
        SubmissionProblem problem = refusal(GuardSamples.encrypted(xlsx("大正区")), "提出.xlsx");
        assertThat(problem.messageJa()).startsWith("パスワード付きのブックは読めません");
        assertThat(problem.messageEn()).startsWith("password-protected workbooks cannot be read");
    }

    @Test
    void refusesJsonNamedXlsxSayingItIsJson() {
        SubmissionProblem problem = refusal(bytes("{\"organization\": \"大正区\"}"), "提出.xlsx");
        assertThat(problem.messageJa()).isEqualTo("Excel のブック（.xlsx）ではありません（中身は JSON です）");
        assertThat(problem.messageEn()).isEqualTo("not an Excel workbook (.xlsx): the content is JSON");
    }

    @Test
    void refusesAPdfAndTextSayingWhatTheyAre() {
        assertThat(refusal(bytes("%PDF-1.7\n"), "提出.xlsx").messageEn()).endsWith("the content is a PDF");
        assertThat(refusal("大正区,A,B\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS")), "提出.xlsx").messageJa())
                .endsWith("（中身はテキストです）");
    }

    @Test
    void refusesADamagedZip() {
        byte[] xlsx = xlsx("大正区");
        byte[] truncated = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        SubmissionProblem problem = refusal(truncated, "壊れた.xlsx");
        assertThat(problem.messageEn()).startsWith("not an Excel workbook (.xlsx)");
    }

    @Test
    void ignoresExternalLinksWhichPoiNeverFollows() {
        byte[] linked = GuardSamples.withEntry(xlsx("大正区"), "xl/externalLinks/externalLink1.xml",
                out -> out.write(bytes("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")));
        assertThatCode(() -> WorkbookGuard.check(linked, "提出.xlsx")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEntityDeclaredInAPartsXmlWhichPoiWouldNotExpandEither(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET", StandardCharsets.UTF_8);
        byte[] xxe = GuardSamples.withText(xlsx("PLACEHOLDER"), "xl/sharedStrings.xml", xml -> {
            String changed = xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>")
                    .replace("PLACEHOLDER", "&secret;");
            assertThat(changed).as("the sample carries the entity").contains("<!DOCTYPE sst").contains("<t>&secret;</t>");
            return changed;
        });
        SubmissionProblem problem = refusal(xxe, "xxe.xlsx");
        assertThat(problem.path()).isEqualTo("xl/sharedStrings.xml");
        assertThat(problem.messageJa()).isEqualTo("ブックの中に DTD（<!DOCTYPE）があります。Excel で保存し直してください");

        String read; // and were the guard bypassed, POI refuses the DTD itself
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xxe))) {
            read = workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        } catch (Exception refused) {
            read = "refused: " + refused;
        }
        assertThat(read).doesNotContain("TOP-SECRET");
    }
}
