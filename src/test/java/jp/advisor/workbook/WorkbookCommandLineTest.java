package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.cli.AdvisorCommand;

/** {@code template} and {@code export-xlsx} write workbooks the reader reads. */
class WorkbookCommandLineTest {

    @Test
    void templateWritesTheBlankWorkbook(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("様式.xlsx");

        assertThat(run("template", "--out", out.toString())).isZero();

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(book.getSheet(WorkbookLayout.STRATEGIES.name()).getRow(WorkbookLayout.HEADING_ROW).getCell(0)
                    .getStringCellValue()).isEqualTo("戦略番号");
            assertThat(book.getSheet(WorkbookLayout.INITIATIVES.name())).isNotNull();
        }
    }

    @Test
    void exportXlsxWritesASubmissionThatReadsBackTheSame(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("taisho.xlsx");

        assertThat(run("export-xlsx", "fixtures/submissions/taisho-ward-fy2016.json", "--out", out.toString())).isZero();

        assertThat(new WorkbookReader().read(Files.readAllBytes(out), out.toString()).submission())
                .isEqualTo(WorkbookReaderTest.SEED);
    }

    @Test
    void exportXlsxOfAFolderWritesEachFileUnderTheOutFolderAndFailsOnABadOne(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(Path.of("fixtures/submissions/taisho-ward-fy2016.json"), in.resolve("taisho.json"));
        Files.writeString(dir.resolve("in/broken.json"), "{\"organization\": \"x\"}");
        Path out = dir.resolve("out");

        assertThat(run("export-xlsx", dir.resolve("in").toString(), "--out", out.toString())).isEqualTo(1);

        assertThat(out.resolve("sub/taisho.xlsx")).exists();
        assertThat(out.resolve("broken.xlsx")).doesNotExist();
    }

    private static int run(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return AdvisorCommand.run(args, sink, sink);
    }
}
