package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import tools.jackson.databind.JsonNode;

/**
 * Publishing runs every fixture case of the project's {@code fixtures/} (the service's advisor.fixtures.dir)
 * and refuses a candidate when any fails or throws, naming each case; the set in use keeps answering.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublishRefusesFailingFixturesTest extends PublishingApiSupport {


    @Test
    void aRuleThatThrowsIsRefusedWith422NamingEveryFailingCaseAndTheOldSetStillAnswers() throws Exception {
        String before = currentVersion();
        // Passes compile and the guard, then throws on every strategy with outcomes.
        Map<String, String> throwing = with(bundled(), "strategy-overall.drl",
                "    insert(Suggest.strategy($s, Cell.OVERALL).value(\"A\")",
                "    int z = $s.outcomeCount() - $s.outcomeCount();\n    int q = 1 / z;\n    insert(Suggest.strategy($s, Cell.OVERALL).value(\"A\")");

        List<HttpResponse<String>> publishes = new ArrayList<>();
        List<String> answers = whileEvaluatingConcurrently(e -> e.get("ruleSet").get("version").asString(),
                () -> publishes.add(publishChanges(only(throwing, "strategy-overall.drl"), "例外を投げるルール")));
        HttpResponse<String> refused = publishes.get(0);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.get("fixturesRun").asInt()).isGreaterThan(1);
        assertThat(body.get("failedCases")).isNotEmpty();
        assertThat(body.get("failedCases").toString()).contains("taisho-ward-fy2016.json", "THREW", "ArithmeticException");
        assertThat(body.get("failedCases").get(0).get("file").asString()).contains("fixtures/rules/");
        assertThat(body.get("detail").asString()).contains("件が失敗", "fixture cases failed");
        assertThat(answers).isNotEmpty().allMatch(before::equals);
        assertThat(currentVersion()).isEqualTo(before);
        assertThat(firstOutcome(evaluateSeed())).isEqualTo("A");
        assertThat(get("/api/rules/versions")).hasSize(1);
    }

    @Test
    void aChangeOfJudgementWhoseFixturesWereNotUpdatedIsRefusedWithExpectedAndGot() throws Exception {
        String before = currentVersion();
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");

        HttpResponse<String> refused = publishChanges(only(targetReached, "policy.drl"), "フィクスチャを直さずに方式を変更");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode failed = JSON.readTree(refused.body()).get("failedCases");
        List<String> cases = new ArrayList<>();
        failed.forEach(c -> cases.add(c.get("case").asString()));
        assertThat(cases).contains("seed/taisho-ward-fy2016.json");
        assertThat(failed.toString()).contains("strategies/", "期待 expected", "結果 got");
        assertThat(currentVersion()).isEqualTo(before);
        assertThat(evaluateSeed().get("ruleSet").get("policy").asString()).isEqualTo("trajectory");
    }

    @Test
    void checkAnswers422ForTheSameCandidateSoPolicyStaffSeeTheRefusalBeforePublishing() throws Exception {
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        HttpResponse<String> check = post("/api/rules/check",
                Map.of("base", currentVersion(), "files", only(targetReached, "policy.drl")), true);
        assertThat(check.statusCode()).isEqualTo(422);
        assertThat(check.body()).contains("taisho-ward-fy2016.json");
    }
}
