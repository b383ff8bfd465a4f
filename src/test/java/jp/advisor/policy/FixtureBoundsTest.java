package jp.advisor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.evaluation.EvaluationAbortedException.Kind;
import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.evaluation.UnguardedRules;
import jp.advisor.policy.FixtureRunner.Aborted;
import jp.advisor.policy.FixtureRunner.CaseResult;
import jp.advisor.rules.RuleSet;

/** Fixture cases run under the evaluation bounds: rules that throw, loop or never finish fail cases, not the check. */
class FixtureBoundsTest {

    static final EvaluationBounds BOUNDS = new EvaluationBounds(1_000, Duration.ofMillis(300), 4);
    static final String HEADER = "package advisor.bounds;\nimport jp.advisor.facts.*;\n";
    static final String CASE = """
            {"description": "%s",
             "submission": {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
               {"id": "7-1", "outcomes": [{"label": "割合", "value": "65.7%%", "previous": "63%%"}], "initiatives": []}]},
             "expect": [{"location": "strategies/7-1/overall", "value": "A"}]}
            """;

    @TempDir
    Path project;

    @AfterEach
    void stopLoopsLeftRunning() throws InterruptedException {
        UnguardedRules.stopStuckThreads();
    }

    Path fixtures(String ruleFile, int cases) throws IOException {
        Path folder = Files.createDirectories(project.resolve("fixtures/rules/" + ruleFile));
        for (int i = 1; i <= cases; i++) {
            Files.writeString(folder.resolve("case-" + i + ".json"), CASE.formatted("ケース " + i), StandardCharsets.UTF_8);
        }
        return project.resolve("fixtures");
    }

    @Test
    void everyCaseOnWhichARuleThrowsFailsNamingTheRuleAndTheKind() throws IOException {
        RuleSet dividing = UnguardedRules.compile("divide.drl", HEADER + """
                rule "ゼロで割る規則"
                when
                    $s : StrategyFact()
                then
                    int z = 0;
                    int q = 1 / z;
                end
                """);
        List<CaseResult> results = new FixtureRunner(dividing, BOUNDS).runAll(fixtures("divide.drl", 3));

        assertThat(results).hasSize(3).allSatisfy(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.aborted()).isEqualTo(new Aborted(Kind.THREW, "ゼロで割る規則"));
            assertThat(c.failures()).singleElement().asString()
                    .contains("（THREW）", "ルール「ゼロで割る規則」の実行中にエラー", "ArithmeticException");
        });
    }

    @Test
    void aCaseOnWhichTheRulesKeepFiringFailsWithKindLoop() throws IOException {
        RuleSet refiring = UnguardedRules.compile("refire.drl", HEADER + """
                rule "自分を何度も発火させる規則"
                when
                    $s : StrategyFact()
                then
                    update($s);
                end
                """);
        CaseResult result = new FixtureRunner(refiring, BOUNDS).runAll(fixtures("refire.drl", 1)).get(0);

        assertThat(result.aborted()).isEqualTo(new Aborted(Kind.LOOP, "自分を何度も発火させる規則"));
        assertThat(result.failures()).singleElement().asString().contains("（LOOP）", "1000 firings");
    }

    @Test
    void afterACaseRunsOutOfTimeTheOtherCasesFailUnrunSoThatTheCheckEndsWithinOneBudget() throws IOException {
        RuleSet looping = UnguardedRules.compile("loop.drl", HEADER + """
                rule "止まらない繰り返し"
                when
                    $s : StrategyFact()
                then
                    while (true) { }
                end
                """);
        long start = System.nanoTime();
        List<CaseResult> results = new FixtureRunner(looping, BOUNDS).runAll(fixtures("loop.drl", 3));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("one (cold-start) budget, not three")
                .isLessThan(BOUNDS.coldStartBudget().plus(BOUNDS.timeBudget()));
        assertThat(results).hasSize(3).noneMatch(CaseResult::passed);
        assertThat(results.get(0).aborted()).isEqualTo(new Aborted(Kind.TIME, "止まらない繰り返し"));
        assertThat(results.get(1).failures()).singleElement().asString()
                .contains("実行していません", "loop.drl/case-1.json", "止まらない繰り返し");
    }

    @Test
    void theCheckReportCountsThoseCasesAmongItsFailedCases() throws IOException {
        Path rules = Files.createDirectories(project.resolve("rules"));
        // A rule that throws only at run time: the restricted language has nothing to refuse here.
        Files.writeString(rules.resolve("divide.drl"), HEADER + """
                rule "ゼロで割る規則"
                when
                    $s : StrategyFact()
                then
                    int z = $s.outcomeCount() - 1;
                    int q = 1 / z;
                end
                """, StandardCharsets.UTF_8);
        RuleCheck.Report report = new RuleCheck(BOUNDS).check(rules, fixtures("divide.drl", 2));

        assertThat(report.problems()).isEmpty();
        assertThat(report.failedCases()).isEqualTo(2);
        assertThat(report.ok()).isFalse();
        assertThat(report.fixtures()).extracting(CaseResult::aborted)
                .containsOnly(new Aborted(Kind.THREW, "ゼロで割る規則"));
    }
}
