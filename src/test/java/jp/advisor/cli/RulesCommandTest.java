package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.publishing.HistoryFixture;
import jp.advisor.rules.RuleSetLoader;

/** The service's history from the command line: versions, export, diff, and --rules published. */
class RulesCommandTest {

    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");

    @TempDir
    static Path database;

    static String url;
    static Map<String, byte[]> trajectory;
    static String targetReached;

    @BeforeAll
    static void aHistoryOfTwoVersions() {
        HistoryFixture history = HistoryFixture.h2In(database);
        trajectory = new TreeMap<>(new RuleSetLoader().read(jp.advisor.FrozenRules.RULES));
        Map<String, byte[]> changed = new TreeMap<>(trajectory);
        changed.put("policy.drl", new String(trajectory.get("policy.drl"), StandardCharsets.UTF_8)
                .replace("\"trajectory\", 0.0", "\"target-reached\", 0.0").getBytes(StandardCharsets.UTF_8));
        history.record(trajectory, "初期登録");
        targetReached = history.record(changed, "目標値方式");
        url = history.url;
    }

    @Test
    void versionsListsTheHistoryNewestFirst() {
        var r = EvaluateCommandTest.run("rules", "versions", "--database", url);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("#2  PUBLISH  " + targetReached).endsWith("目標値方式");
    }

    @Test
    void exportWritesAVersionsFilesToAFolderAndRefusesOneHoldingRules(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("v1");
        var r = EvaluateCommandTest.run("rules", "export", "--version", "1", "--out", out.toString(), "--database", url);
        assertThat(r.exit()).as(r.err()).isZero();
        for (Map.Entry<String, byte[]> file : trajectory.entrySet()) {
            assertThat(Files.readAllBytes(out.resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(r.err()).contains("version #1");
        // What `rules publish` from this folder takes as its base.
        assertThat(Files.readString(out.resolve(".published-version")).strip()).startsWith("sha256:")
                .isEqualTo(jp.advisor.rules.RuleSetLoader.versionOf(trajectory));

        var again = EvaluateCommandTest.run("rules", "export", "--out", out.toString(), "--database", url);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("policy.drl", "already holds rule files");
    }

    @Test
    void diffNamesTheChangedFileAndEveryJudgementThatChanges() {
        var r = EvaluateCommandTest.run("rules", "diff", "1", "2", "--database", url, "--submissions", SEED.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("#1 SEED", "#2 PUBLISH", "~ policy.drl  −1 +1 行", "追加 0、削除 0、変更 1",
                "方式 / policy: trajectory → target-reached", "strategies/6-1/outcomes/0  個別  A → B");
    }

    @Test
    void evaluateWithPublishedRulesUsesTheLastPublishedSetAndSaysWhich(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("evaluation.json");
        var r = EvaluateCommandTest.run("evaluate", SEED.toString(), "--rules", "published", "--database", url,
                "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("published version #2", url);
        JsonNode evaluation = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        assertThat(evaluation.path("ruleSet").path("version").asString()).isEqualTo(targetReached);
        assertThat(evaluation.path("ruleSet").path("policy").asString()).isEqualTo("target-reached");
    }

    @Test
    void aDatabaseWithNoHistoryIsAnErrorNamingItAndNothingIsCreated(@TempDir Path dir) {
        String nowhere = "jdbc:h2:file:" + dir.resolve("none").toAbsolutePath();
        var r = EvaluateCommandTest.run("review", SEED.toString(), "--rules", "published", "--database", nowhere);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("公開履歴を読めません", "cannot read the rule history", nowhere);
        assertThat(dir.resolve("none.mv.db")).doesNotExist();
    }
}
