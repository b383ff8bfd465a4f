package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.evaluation.UnguardedRules;
import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSet;

/**
 * Rules that throw, loop or never finish answer 422 or 503 naming the rule, never 500, and the service keeps
 * answering. The rule sets are made active past the guard, as a set published before the guard knew better.
 */
@SpringBootTest(properties = {"advisor.evaluation.time-budget=1s", "advisor.evaluation.max-firings=1000"})
@AutoConfigureMockMvc
class EvaluationBoundsApiTest {

    static final Duration BUDGET = Duration.ofSeconds(1);
    static final Duration MARGIN = Duration.ofMillis(1500);

    static final String HEADER = "package advisor.bounds;\nimport jp.advisor.facts.*;\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActiveRules rules;

    RuleSet published;
    byte[] seed;

    @Autowired
    EvaluationBounds bounds;

    @BeforeEach
    void rememberThePublishedRules() throws Exception {
        published = rules.get();
        seed = Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
    }

    @AfterEach
    void restoreThePublishedRules() throws InterruptedException {
        rules.activate(published);
        UnguardedRules.stopStuckThreads();
    }

    ResultActions evaluate() throws Exception {
        return mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(seed));
    }

    void activate(String name, String rule) {
        rules.activate(UnguardedRules.compile(name, HEADER + rule));
    }

    @Test
    void aRuleThatThrowsAnswers422NamingTheRuleTheKindAndTheRuleSet() throws Exception {
        activate("divide.drl", """
                rule "ゼロで割る規則"
                when
                    $s : StrategyFact()
                then
                    int z = 0;
                    int q = 1 / z;
                end
                """);
        evaluate().andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:advisor:problem:rules-failed"))
                .andExpect(jsonPath("$.kind").value("THREW"))
                .andExpect(jsonPath("$.rule").value("ゼロで割る規則"))
                .andExpect(jsonPath("$.ruleSetVersion").value("sha256:test-divide.drl"))
                .andExpect(jsonPath("$.detail").value(containsString("ArithmeticException")));
    }

    @Test
    void aRuleThatReFiresItselfAnswers422WithKindLoop() throws Exception {
        activate("refire.drl", """
                rule "自分を何度も発火させる規則"
                when
                    $s : StrategyFact()
                then
                    update($s);
                end
                """);
        evaluate().andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:advisor:problem:rules-failed"))
                .andExpect(jsonPath("$.kind").value("LOOP"))
                .andExpect(jsonPath("$.rule").value("自分を何度も発火させる規則"))
                .andExpect(jsonPath("$.message").value(containsString("上限の 1000 回")));
    }

    @Test
    void aConsequenceThatNeverEndsAnswers503WithinTheBudgetAndTheServiceKeepsAnswering() throws Exception {
        activate("loop.drl", """
                rule "止まらない繰り返し"
                when
                    $s : StrategyFact()
                then
                    while (true) { }
                end
                """);
        assertThat(bounds.timeBudget()).isEqualTo(BUDGET);
        long start = System.nanoTime();
        evaluate().andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:advisor:problem:evaluation-timeout"))
                .andExpect(jsonPath("$.kind").value("TIME"))
                .andExpect(jsonPath("$.rule").value("止まらない繰り返し"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the set's first session: the cold-start budget")
                .isLessThan(bounds.coldStartBudget().plus(MARGIN));

        start = System.nanoTime();
        evaluate().andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.rule").value("止まらない繰り返し"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a second request is answered at once")
                .isLessThan(BUDGET);
        mvc.perform(get("/api/submission.schema.json")).andExpect(status().isOk());

        rules.activate(published);
        evaluate().andExpect(status().isOk());
    }

    @Test
    void aReviewNamesTheSheetTheRulesCouldNotEvaluateWithTheRuleAndAnswersForTheBatch() throws Exception {
        activate("divide.drl", """
                rule "ゼロで割る規則"
                when
                    $s : StrategyFact()
                then
                    int z = 0;
                    int q = 1 / z;
                end
                """);
        byte[] batch = ("[" + new String(seed, java.nio.charset.StandardCharsets.UTF_8) + "]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unreadable[0].source").value("item 0"))
                .andExpect(jsonPath("$.unreadable[0].problems[0]")
                        .value(containsString("評価できませんでした（THREW）：ルール「ゼロで割る規則」の実行中にエラー")));
    }
}
