package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Numbers no sheet means, on the command line: 要確認 cells with the reason, and a review that reports the rest. */
class HugeNumbersCommandTest {

    static final String HUGE_TEXT = """
            {"organization": "巨大区", "fiscalYear": "平成28年度", "strategies": [
              {"id": "1", "outcomeTarget": "…の割合：平成29年度までに60%以上",
               "outcomes": [{"label": "割合", "value": "1e309%", "previous": "九九九九九九九九九九九九九九九九九九九九%"}],
               "initiatives": [{"id": "1-1", "performanceTarget": "参加者 一兆二千億億人以上",
                                "withdrawalCriterion": "99999999999999999999人以下の場合は事業を再構築する",
                                "measured": "1e309人", "carriedOutAsPlanned": true}]}]}""";

    static final String HUGE_JSON_NUMBER = """
            {"organization": "数値区", "fiscalYear": "平成28年度", "strategies": [
              {"id": "1", "outcomes": [{"label": "割合", "value": 1e309}]}]}""";

    @Test
    void evaluatesHugeNumbersAsCellsToCheckWithTheReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, HUGE_TEXT, StandardCharsets.UTF_8);

        Path out = dir.resolve("evaluation.json");
        var run = EvaluateCommandTest.run("evaluate", file.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception");
        JsonNode strategy = JsonMapper.builder().build().readTree(Files.readAllBytes(out)).get("strategies").get(0);
        JsonNode outcome = strategy.get("outcomes").get(0).get("rating");
        JsonNode achievement = strategy.get("initiatives").get(0).get("achievement");
        assertThat(outcome.get("needsReview").asBoolean()).isTrue();
        assertThat(outcome.get("explanation").get("ja").asString()).contains("指数表記「1e309」");
        assertThat(achievement.get("needsReview").asBoolean()).isTrue();
    }

    @Test
    void aReviewOverAFolderWithHugeNumbersStillReportsEveryOtherFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(ReviewCommandTest.SEED, in.resolve("a-taisho.json"));
        Files.writeString(in.resolve("b-huge-text.json"), HUGE_TEXT, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c-huge-number.json"), HUGE_JSON_NUMBER, StandardCharsets.UTF_8);
        Path out = dir.resolve("report.json");

        var run = EvaluateCommandTest.run("review", in.toString(), "--out", out.toString());

        assertThat(run.err()).doesNotContain("Exception").contains("c-huge-number.json");
        JsonNode report = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        assertThat(report.get("submissions")).hasSize(2);
        assertThat(report.get("unreadable")).hasSize(1);
        assertThat(report.get("unreadable").get(0).get("source").asString()).endsWith("c-huge-number.json");
    }
}
