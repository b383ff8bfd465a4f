package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.FrozenRules;
import jp.advisor.cli.AdvisorCommand;

/**
 * {@code evaluate} on the staff-edited seed workbook judges as on the JSON seed, and {@code --out x.xlsx} hands back
 * the workbook annotated — which LibreOffice opens and draws.
 */
class EvaluateWorkbookCommandTest {

    static final Path WORKBOOK = Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx");
    static final Path JSON_SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Result(int exit, String out, String err) {
    }

    static Result evaluate(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "evaluate";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--rules";
        all[args.length + 2] = FrozenRules.RULES.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSeedWorkbookGetsTheSameSuggestionsAndFindingsAsTheJsonSeed(@TempDir Path dir) throws Exception {
        Result workbook = evaluate(WORKBOOK.toString(), "--out", dir.resolve("workbook.json").toString());
        Result json = evaluate(JSON_SEED.toString(), "--out", dir.resolve("json.json").toString());
        assertThat(workbook.exit()).as(workbook.err()).isZero();
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode fromWorkbook = JSON.readTree(Files.readAllBytes(dir.resolve("workbook.json")));
        JsonNode fromJson = JSON.readTree(Files.readAllBytes(dir.resolve("json.json")));
        assertThat(fromWorkbook.get("strategies")).hasSize(19).isEqualTo(fromJson.get("strategies"));
        assertThat(fromWorkbook.get("findings")).isNotEmpty().isEqualTo(fromJson.get("findings"));
        assertThat(fromWorkbook.get("organization")).isEqualTo(fromJson.get("organization"));
    }

    @Test
    void outToAnXlsxHandsTheWorkbookBackAnnotatedAndLibreOfficeDrawsIt(@TempDir Path dir) throws Exception {
        Path annotated = dir.resolve("大正区-評価.xlsx");
        Result r = evaluate(WORKBOOK.toString(), "--out", annotated.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("評価を書き込んだブック", "annotated workbook");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(annotated))) {
            assertThat(book.getSheet("指摘一覧")).isNotNull();
            assertThat(book.getSheet(WorkbookLayout.STRATEGIES.name())).isNotNull();
        }
        assertThat(new WorkbookReader().read(Files.readAllBytes(annotated), "annotated").submission())
                .as("the ward's cells are unchanged: it reads as before")
                .isEqualTo(new WorkbookReader().read(Files.readAllBytes(WORKBOOK), "seed").submission());

        Rendering.assumeAvailable();
        assertThat(Rendering.isBlank(Rendering.firstPage(Files.readAllBytes(annotated), dir))).isFalse();
    }

    @Test
    void aJsonSubmissionIsWrittenIntoTheTemplateAndAnnotated(@TempDir Path dir) throws Exception {
        Path annotated = dir.resolve("seed.xlsx");
        Result r = evaluate(JSON_SEED.toString(), "--out", annotated.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(annotated))) {
            assertThat(book.getSheet("指摘一覧").getPhysicalNumberOfRows()).isGreaterThan(5);
        }
    }

    @Test
    void anAnnotatedWorkbookIsForOneFileOnly(@TempDir Path dir) {
        Result r = evaluate(WORKBOOK.toString(), JSON_SEED.toString(), "--out", dir.resolve("x.xlsx").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ファイルを1つだけ", "exactly one file");
    }
}
