package jp.advisor.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

class FileKindTest {

    private static byte[] written(Workbook workbook) throws IOException {
        try (workbook) {
            workbook.createSheet("具体的取組").createRow(0).createCell(0).setCellValue("大正区");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void jsonIsAnObjectOrArrayAfterAnOptionalByteOrderMarkAndBlanks() {
        assertThat(FileKind.of("\uFEFF \r\n\t{\"organization\": \"大正区\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileKind.JSON);
        assertThat(FileKind.of("[{}]".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileKind.JSON);
    }

    @Test
    void aWorkbookIsTakenByItsContentTypesWithOrWithoutMacros() throws IOException {
        assertThat(FileKind.of(written(new XSSFWorkbook()))).isEqualTo(FileKind.XLSX);
        assertThat(FileKind.of(written(new XSSFWorkbook(XSSFWorkbookType.XLSM)))).isEqualTo(FileKind.XLSM);
        assertThat(FileKind.of(written(new HSSFWorkbook()))).isEqualTo(FileKind.XLS);
    }

    @Test
    void aZipWithoutTheWorkbookContentTypeIsJustAZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("提出.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(FileKind.of(out.toByteArray())).isEqualTo(FileKind.ZIP);
    }

    @Test
    void namesAnEmptyFileAPdfBinaryAndText() {
        assertThat(FileKind.of(new byte[0])).isEqualTo(FileKind.EMPTY);
        assertThat(FileKind.of("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileKind.PDF);
        assertThat(FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13})).isEqualTo(FileKind.BINARY);
        assertThat(FileKind.of("組織,年度\n大正区,平成28年度\n".getBytes(Charset.forName("Shift_JIS")))).isEqualTo(FileKind.TEXT);
    }

    @Test
    void onlyWorkbooksOfSomeGenerationAreWorkbooks() {
        assertThat(java.util.Arrays.stream(FileKind.values()).filter(FileKind::workbook))
                .containsExactly(FileKind.XLSX, FileKind.XLSM, FileKind.XLS, FileKind.ENCRYPTED);
    }
}
