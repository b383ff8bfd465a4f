package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReviewCommandTest {

    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");

    static final String HOSTILE = """
            {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
              {"id": "X", "initiatives": [{"id": "X-1", "performanceTarget": "参加者の割合50%以上",
                "result": "<script>alert(1)</script> 会議を3回開催"}]}]}""";

    @Test
    void namesARefusedWorkbookAmongTheUnreadableAndReviewsTheRest(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("a-taisho.json"));
        Files.write(in.resolve("b-old.xls"), EvaluateCommandTest.workbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook()));
        Path json = dir.resolve("report.json");

        var run = EvaluateCommandTest.run("review", in.toString(), "--out", json.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("b-old.xls", "Excel 97-2003 形式（.xls）は読めません");
        JsonNode report = JsonMapper.builder().build().readTree(Files.readAllBytes(json));
        assertThat(report.get("submissions")).hasSize(1);
        assertThat(report.get("unreadable").get(0).get("source").asString()).endsWith("b-old.xls");
    }

    @Test
    void writesAnHtmlReportWithEveryFindingAndNamesTheUnreadableFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SEED, in.resolve("a-taisho.json"));
        Files.writeString(in.resolve("b-hostile.json"), HOSTILE, StandardCharsets.UTF_8);
        Files.write(in.resolve("c-shift-jis.json"), "{\"organization\": \"大正区\"}".getBytes("Shift_JIS"));
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");

        var jsonRun = EvaluateCommandTest.run("review", in.toString(), "--out", json.toString());
        var htmlRun = EvaluateCommandTest.run("review", in.toString(), "--out", html.toString());

        assertThat(jsonRun.exit()).isEqualTo(1);
        assertThat(htmlRun.err()).contains("c-shift-jis.json", "UTF-8");
        JsonNode report = JsonMapper.builder().build().readTree(Files.readAllBytes(json));
        assertThat(report.get("submissions")).hasSize(2);
        assertThat(report.get("unreadable").get(0).get("source").asString()).endsWith("c-shift-jis.json");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        for (JsonNode submission : report.get("submissions")) {
            for (JsonNode finding : submission.get("findings")) {
                assertThat(page).contains(finding.get("code").asString());
            }
        }
        assertThat(page).contains("OVERALL_A_WITH_INDIVIDUAL_B", "RESULT_DOES_NOT_MEASURE_TARGET", "c-shift-jis.json")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void warnsOfAMisspeltKeyOnStandardErrorNamingTheFileAndReportsItAsInfo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("misspelt.json"), EvaluateCommandTest.MISSPELT, StandardCharsets.UTF_8);
        Path json = dir.resolve("report.json");

        var run = EvaluateCommandTest.run("review", file.toString(), "--out", json.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).filteredOn(line -> line.contains("selfrating")).singleElement().asString()
                .startsWith(file + ":3:").contains("不明な項目 strategies[0].outcomes[0].selfrating（selfRating の誤り？）");
        JsonNode findings = JsonMapper.builder().build().readTree(Files.readAllBytes(json))
                .get("submissions").get(0).get("findings");
        assertThat(findings.valueStream().filter(f -> f.get("code").asString().equals("UNKNOWN_FIELD")))
                .singleElement().satisfies(f -> assertThat(f.get("severity").asString()).isEqualTo("info"));
    }

    @Test
    void writesCsvAndXlsxReports(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("report.csv");
        Path xlsx = dir.resolve("report.xlsx");
        assertThat(EvaluateCommandTest.run("review", SEED.toString(), "--out", csv.toString()).exit()).isZero();
        assertThat(EvaluateCommandTest.run("review", SEED.toString(), "--out", xlsx.toString()).exit()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("SAME_TARGET_STATED_DIFFERENTLY", "様式3-4");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("指摘").getPhysicalNumberOfRows()).isGreaterThan(10);
        }
    }

    @Test
    void comparesLastYearsFiguresWhenTheFolderHoldsBothYears(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fy2015.json"), """
                {"organization": "大正区", "fiscalYear": "平成27年度", "strategies": [
                  {"id": "7-1", "outcomeTarget": "割合：平成29年度までに60%以上",
                   "outcomes": [{"label": "割合", "value": "29.5%"}]}]}""", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fy2016.json"), """
                {"organization": "大正区", "fiscalYear": "平成28年度", "strategies": [
                  {"id": "7-1", "outcomeTarget": "割合：平成29年度までに60%以上",
                   "outcomes": [{"label": "割合", "value": "32.0%", "previous": "29.2%"}]}]}""", StandardCharsets.UTF_8);
        Path out = dir.resolve("report.json");
        assertThat(EvaluateCommandTest.run("review", dir.toString(), "--out", out.toString()).exit()).isZero();
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(report).contains("PREVIOUS_YEAR_FIGURE_DIFFERS", "29.5%");
    }

    @Test
    void refusesAnUnknownReportFormat(@TempDir Path dir) {
        var r = EvaluateCommandTest.run("review", SEED.toString(), "--out", dir.resolve("report.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("pdf");
    }
}
