package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * The running service: check, what-if, publish, history and rollback, over real HTTP. Its fixtures are one case
 * that holds under every policy, so a change of judgement can be published here; refusals for failing fixtures
 * are {@link PublishRefusesFailingFixturesTest}'s.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "advisor.fixtures.dir=src/test/resources/publishing-fixtures")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RulePublishingApiTest extends PublishingApiSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void rollingBackToAnUnknownVersionIsNotFoundAndAnUnknownFormatIsABadRequest() throws Exception {
        assertThat(post("/api/rules/versions/999/rollback", new byte[0], true).statusCode()).isEqualTo(404);
        assertThat(post("/api/rules/what-if?format=pdf", Map.of("files", bundled()), true).statusCode()).isEqualTo(400);
        HttpResponse<String> badName = post("/api/rules/check", Map.of("files", Map.of("../escape.drl", "package advisor;")), true);
        assertThat(badName.statusCode()).isEqualTo(422);
        assertThat(badName.body()).contains("../escape.drl");
    }

    @Test
    void publishingNeedsThePolicyRole() throws Exception {
        HttpResponse<String> r = post("/api/rules/publish", Map.of("files", bundled(), "summary", "x"), false);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(get("/api/rules/versions")).hasSize(1);
    }

    @Test
    void theHistoryStartsWithTheFolderRecordedAsVersionOne() throws Exception {
        JsonNode versions = get("/api/rules/versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("kind").asString()).isEqualTo("SEED");
        assertThat(versions.get(0).get("version").asString()).isEqualTo(currentVersion());
        assertThat(versions.get(0).get("publishedBy").asString()).isEqualTo("system");
        assertThat(versions.get(0).get("summary").asString()).contains("rules");
    }

    @Test
    void publishesListsAndRollsBackVersionsNamingWhoAndWhen() throws Exception {
        String bundledVersion = currentVersion();
        long seedId = get("/api/rules/versions").get(0).get("id").asLong();
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");

        HttpResponse<String> published = publishChanges(only(targetReached, "policy.drl"), "目標値方式に変更");

        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        JsonNode entry = JSON.readTree(published.body());
        assertThat(entry.get("base").asLong()).isEqualTo(seedId);
        assertThat(evaluateSeed().get("ruleSet").get("version").asString()).isEqualTo(entry.get("version").asString());
        assertThat(firstOutcome(evaluateSeed())).isEqualTo("B");

        JsonNode versions = get("/api/rules/versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("summary").asString()).isEqualTo("目標値方式に変更");
        assertThat(versions.get(0).get("publishedBy").asString()).isEqualTo("policy");
        assertThat(versions.get(0).get("publishedAt").asString()).isNotBlank();

        HttpResponse<String> rollback = post("/api/rules/versions/" + seedId + "/rollback", new byte[0], true);
        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        assertThat(currentVersion()).isEqualTo(bundledVersion);
        assertThat(firstOutcome(evaluateSeed())).isEqualTo("A");
        long rollbackId = get("/api/rules/versions").get(0).get("id").asLong();
        assertThat(get("/api/rules/versions").get(0).get("kind").asString()).isEqualTo("ROLLBACK");

        List<Map<String, Object>> audit = jdbc.sql("select actor, action, subject, detail from audit_log"
                + " where action in ('PUBLISH', 'ROLLBACK') order by id").query().listOfRows();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).values()).containsExactly("policy", "PUBLISH", "rule-version:" + entry.get("id").asLong(),
                entry.get("version").asString() + " on base #" + seedId + " (" + bundledVersion + "): 目標値方式に変更");
        assertThat(audit.get(1).values()).containsExactly("policy", "ROLLBACK", "rule-version:" + rollbackId,
                bundledVersion + " = #" + seedId + ", replacing " + entry.get("version").asString());
    }

    @Test
    void publishingOneChangedFileKeepsEveryOtherFileOfTheBase() throws Exception {
        Map<String, String> base = bundled();
        Map<String, String> edited = with(base, "withdrawal-default.drl.csv", "達成率50%未満", "達成率55%未満");

        HttpResponse<String> published = publishChanges(only(edited, "withdrawal-default.drl.csv"), "既定の撤退基準の説明");

        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        // This context's fixtures (one withdrawal case) pin none of the default table's values: each is a warning.
        List<String> warnings = new ArrayList<>();
        JSON.readTree(published.body()).get("warnings").forEach(w -> warnings.add(w.asString()));
        assertThat(warnings).isNotEmpty().allMatch(w -> w.startsWith("withdrawal-default.drl.csv!"))
                .anyMatch(w -> w.contains("「50」→「49」") && w.contains("no fixture case notices"));
        JsonNode current = get("/api/rules");
        assertThat(current.get("version").asString()).isEqualTo(JSON.readTree(published.body()).get("version").asString());
        List<String> files = new ArrayList<>();
        current.get("files").forEach(f -> files.add(f.asString()));
        assertThat(files).containsExactlyInAnyOrderElementsOf(base.keySet());
        JsonNode seed = evaluateSeed();
        assertThat(seed.get("ruleSet").get("policy").asString()).isEqualTo("trajectory");
        assertThat(firstOutcome(seed)).isEqualTo("A");
    }

    @Test
    void aStaleBaseIsRefusedWith409AndOverwritesNothing() throws Exception {
        String base = currentVersion();
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        Map<String, String> otherEdit = with(bundled(), "withdrawal-default.drl.csv", "達成率50%未満", "達成率55%未満");

        HttpResponse<String> first = post("/api/rules/publish",
                Map.of("base", base, "files", only(targetReached, "policy.drl"), "summary", "先に公開"), true);
        HttpResponse<String> second = post("/api/rules/publish",
                Map.of("base", base, "files", only(otherEdit, "withdrawal-default.drl.csv"), "summary", "同じ基準で後から"), true);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        JsonNode conflict = JSON.readTree(second.body());
        String firstVersion = JSON.readTree(first.body()).get("version").asString();
        assertThat(conflict.get("currentVersion").asString()).isEqualTo(firstVersion);
        assertThat(conflict.get("current").get("summary").asString()).isEqualTo("先に公開");
        assertThat(conflict.get("detail").asString()).contains("基準の版", "no longer current");
        assertThat(currentVersion()).isEqualTo(firstVersion);
        assertThat(get("/api/rules/versions")).hasSize(2);
    }

    @Test
    void aHistoryIdServesAsBaseAndRemoveDropsAFile() throws Exception {
        long seedId = get("/api/rules/versions").get(0).get("id").asLong();
        Map<String, String> withExtra = new TreeMap<>(Map.of("extra.drl", "package advisor;\n"));

        HttpResponse<String> added = post("/api/rules/publish",
                Map.of("base", String.valueOf(seedId), "files", withExtra, "summary", "追加"), true);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(get("/api/rules").get("files").toString()).contains("extra.drl", "policy.drl");

        HttpResponse<String> removed = post("/api/rules/publish",
                Map.of("base", currentVersion(), "remove", List.of("extra.drl"), "summary", "削除"), true);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(201);
        assertThat(get("/api/rules").get("files").toString()).doesNotContain("extra.drl").contains("policy.drl");
        assertThat(currentVersion()).isEqualTo(get("/api/rules/versions").get(2).get("version").asString());
    }

    @Test
    void aRequestWithoutBaseOrRemovingUnknownFilesIsRefusedWithEachProblemLocated() throws Exception {
        String before = currentVersion();
        HttpResponse<String> noBase = post("/api/rules/publish", Map.of("files", Map.of("policy.drl", "package advisor;"),
                "summary", "全体のつもり"), true);
        HttpResponse<String> unknown = post("/api/rules/publish", Map.of("base", before,
                "remove", List.of("nothing.drl", "policy.drl"), "files", Map.of("policy.drl", "package advisor;"),
                "summary", "x"), true);
        HttpResponse<String> nothing = post("/api/rules/publish", Map.of("base", before, "files", Map.of(), "summary", "x"), true);

        assertThat(noBase.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(noBase.body()).get("problems").get(0).get("where").asString()).isEqualTo("base");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknown.body()).get("problems")).extracting(p -> p.get("where").asString())
                .containsExactly("remove[0]", "remove[1]");
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(nothing.body()).contains("changes nothing");
        assertThat(currentVersion()).isEqualTo(before);
        assertThat(get("/api/rules/versions")).hasSize(1);
    }

    @Test
    void replaceAllPublishesTheFilesAsTheWholeSet() throws Exception {
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        targetReached.remove("review-years.drl");

        HttpResponse<String> r = post("/api/rules/publish", Map.of("base", currentVersion(), "replaceAll", true,
                "files", targetReached, "summary", "全体を置き換え"), true);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(get("/api/rules").get("files").toString()).doesNotContain("review-years.drl");
        assertThat(firstOutcome(evaluateSeed())).isEqualTo("B");
    }

    @Test
    void aBrokenPublishChangesNothingWhileConcurrentEvaluationsKeepAnswering() throws Exception {
        String before = currentVersion();
        Map<String, String> broken = with(bundled(), "strategy-overall.drl", "List(size == $s.outcomeCount) from collect",
                "List(size == $s.outcomeCount from collect");
        Map<String, String> hostile = with(bundled(), "policy.drl", "insert(new JudgingPolicy(\"trajectory\", 0.0));",
                "System.exit(1);");
        Map<String, String> gap = with(bundled(), "withdrawal-default.drl.csv", "達成率50%以上なら当たらない,true,50,",
                "達成率50%以上なら当たらない,true,60,");

        List<HttpResponse<String>> publishes = new ArrayList<>();
        List<String> answers = whileEvaluatingConcurrently(e -> e.get("ruleSet").get("version").asString() + " " + firstOutcome(e),
                () -> {
                    publishes.add(publishChanges(only(broken, "strategy-overall.drl"), "壊れた編集"));
                    publishes.add(publishChanges(only(hostile, "policy.drl"), "危険な編集"));
                    publishes.add(publishChanges(only(gap, "withdrawal-default.drl.csv"), "切れ目のある表"));
                });
        HttpResponse<String> syntax = publishes.get(0);
        HttpResponse<String> exit = publishes.get(1);
        HttpResponse<String> gapped = publishes.get(2);

        assertThat(syntax.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(syntax.body()).get("problems").get(0).get("where").asString()).matches("strategy-overall\\.drl:\\d+");
        assertThat(exit.statusCode()).isEqualTo(422);
        assertThat(exit.body()).contains("policy.drl", "System");
        assertThat(gapped.statusCode()).isEqualTo(422);
        assertThat(gapped.body()).contains("GAP", "[50, 60)");
        assertThat(answers).isNotEmpty().allMatch(a -> a.equals(before + " A"));
        assertThat(currentVersion()).isEqualTo(before);
        assertThat(get("/api/rules/versions")).hasSize(1);
    }

    @Test
    void evaluationsDuringAPublishEachCompleteOnOneVersionAndNameIt() throws Exception {
        String trajectory = currentVersion();
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        List<HttpResponse<String>> publishes = new ArrayList<>();
        List<String> answers = whileEvaluatingConcurrently(e -> e.get("ruleSet").get("version").asString() + " "
                + e.get("ruleSet").get("policy").asString() + " " + firstOutcome(e), () -> {
                    publishes.add(publishChanges(only(targetReached, "policy.drl"), "目標値方式"));
                    Thread.sleep(300);
                });
        HttpResponse<String> published = publishes.get(0);

        String next = JSON.readTree(published.body()).get("version").asString();
        // Each answer is wholly on one side: the old version with its policy and rating, or the new one with its.
        assertThat(answers).isNotEmpty()
                .allMatch(a -> a.equals(trajectory + " trajectory A") || a.equals(next + " target-reached B"))
                .anyMatch(a -> a.startsWith(next));
    }

    @Test
    void checkAndWhatIfShowACandidatesEffectBeforePublishing() throws Exception {
        Map<String, String> candidate = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        HttpResponse<String> check = post("/api/rules/check", Map.of("base", currentVersion(), "files", only(candidate, "policy.drl")), true);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(check.body());
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("fixtures").toString()).contains("at-most-50-triggers-on-the-boundary.json");

        HttpResponse<String> whatIf = post("/api/rules/what-if", Map.of("files", candidate), true);
        assertThat(whatIf.statusCode()).as(whatIf.body()).isEqualTo(200);
        assertThat(whatIf.body()).contains("strategies/6-1/outcomes/0");
        assertThat(get("/api/rules/versions")).hasSize(1);
    }
}
