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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.cli.AdvisorCommand;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/** {@code template} and {@code export-xlsx} write workbooks the reader reads, of submission files and of cases. */
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

    @Test
    void exportXlsxWritesACasesSubmissionAndItsPreviousYearAndPassesOverWhatIsAlreadyAWorkbook(@TempDir Path dir)
            throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/rules"));
        Path withPrevious = Path.of("fixtures/rules/review-years.drl/previous-year-figure-differs-from-last-years-submission.json");
        Files.copy(withPrevious, in.resolve("前年度あり.json"));
        Files.copy(Path.of("fixtures/rules/outcome-rating.drl").resolve(firstCase("fixtures/rules/outcome-rating.drl")),
                in.resolve("事例.json"));
        Files.copy(Path.of("fixtures/seed/taisho-ward-fy2016-workbook.json"), in.resolve("ファイルを指す事例.json"));
        Files.copy(Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx"), dir.resolve("in/様式.xlsx"));
        Path out = dir.resolve("out");
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        assertThat(run(said, "export-xlsx", dir.resolve("in").toString(), "--out", out.toString())).isZero();

        JsonNode wrapped = JSON.readTree(withPrevious.toFile());
        assertThat(readBack(out.resolve("rules/前年度あり.xlsx"))).isEqualTo(readJson(wrapped.get("submission")));
        assertThat(readBack(out.resolve("rules/前年度あり-前年度.xlsx")))
                .isEqualTo(readJson(wrapped.get("previousYearSubmission")));
        assertThat(out.resolve("rules/事例.xlsx")).exists();
        assertThat(out.resolve("rules/事例-前年度.xlsx")).as("no previous year in that case").doesNotExist();
        assertThat(out.resolve("rules/ファイルを指す事例.xlsx")).doesNotExist();
        assertThat(out.resolve("様式.xlsx")).doesNotExist();
        assertThat(said.toString(StandardCharsets.UTF_8))
                .contains("様式.xlsx: 様式のブックです（書き出しません）", "ファイルを指す事例.json: 提出データは submissionFile のファイルです");
    }

    @Test
    void aCaseWhosePreviousYearCannotBeReadStillHasItsOwnWorkbookAndTheProblemIsNamed(@TempDir Path dir)
            throws IOException {
        Path withPrevious = Path.of("fixtures/rules/review-years.drl/previous-year-figure-differs-from-last-years-submission.json");
        JsonNode wrapped = JSON.readTree(withPrevious.toFile());
        ((tools.jackson.databind.node.ObjectNode) wrapped.get("previousYearSubmission")).remove("fiscalYear");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("事例.json"), JSON.writeValueAsBytes(wrapped));
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        assertThat(run(said, "export-xlsx", in.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);

        assertThat(dir.resolve("out/事例.xlsx")).exists();
        assertThat(dir.resolve("out/事例-前年度.xlsx")).doesNotExist();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("事例.json (previousYearSubmission)", "fiscalYear");
    }

    private static String firstCase(String folder) throws IOException {
        try (var files = Files.list(Path.of(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Submission readBack(Path workbook) throws IOException {
        return new WorkbookReader().read(Files.readAllBytes(workbook), workbook.toString()).submission();
    }

    private static Submission readJson(JsonNode submission) {
        return new SubmissionReader().read(JSON.writeValueAsBytes(submission), "case");
    }

    @Test
    void reviewNamesEachRefusedFileWithWhyAndWhereAndStillReviewsTheGoodWorkbook(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx"), in.resolve("a-大正区.xlsx"));
        Files.write(in.resolve("b-bomb.xlsx"), GuardSamples.withEntry(GuardSamples.xlsx("大正区"), "xl/media/image1.bin",
                GuardSamples.zeros(200L * 1024 * 1024)));
        Files.write(in.resolve("c-macro.xlsm"), GuardSamples.xlsm("大正区"));
        Files.write(in.resolve("d-old.xls"), GuardSamples.xls("大正区"));
        Files.write(in.resolve("e-empty.xlsx"), new byte[0]);
        Files.write(in.resolve("f-column.xlsx"), WorkbookReaderTest.edit(WorkbookWriter.write(WorkbookReaderTest.SEED),
                book -> WorkbookReaderTest.cell(book, WorkbookLayout.STRATEGIES.name(), WorkbookLayout.HEADING_ROW,
                        WorkbookReaderTest.column(book, WorkbookLayout.STRATEGIES.name(), "個別")).setCellValue("個別評価")));
        Path report = dir.resolve("report.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = run(out, "review", in.toString(), "--out", report.toString(), "--rules", jp.advisor.FrozenRules.RULES.toString());

        assertThat(exit).isEqualTo(1);
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("b-bomb.xlsx", "zip 爆弾", "zip bomb")
                .contains("c-macro.xlsm", "マクロ", "macro")
                .contains("d-old.xls", ".xls")
                .contains("e-empty.xlsx", "空のファイル", "empty")
                .contains("f-column.xlsx!" + WorkbookLayout.STRATEGIES.name() + "!4:4", "個別");
        JsonNode reviewed = JsonMapper.builder().build().readTree(Files.readAllBytes(report));
        assertThat(reviewed.get("submissions")).hasSize(1);
        assertThat(reviewed.get("submissions").get(0).get("source").asString()).endsWith("a-大正区.xlsx");
        assertThat(reviewed.get("unreadable")).hasSize(5);
    }

    private static int run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);
        return AdvisorCommand.run(args, sink, sink);
    }
}
