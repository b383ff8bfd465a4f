package jp.advisor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.advisor.evaluation.EvaluationAbortedException.Kind;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;

/**
 * The run-time bounds, the second line behind the restricted language: rule sets are compiled past the guard
 * ({@link UnguardedRules}) so that these tests hold whatever the guard refuses.
 */
class EvaluationBoundsTest {

    static final Duration BUDGET = Duration.ofMillis(300);
    /** What a loaded build machine may add to the budget before the caller has its answer. */
    static final Duration MARGIN = Duration.ofMillis(1500);
    static final EvaluationBounds BOUNDS = new EvaluationBounds(1_000, BUDGET, 4);
    /** A rule set's first session may take longer (the engine loads classes and builds its memory). */
    static final Duration COLD = BOUNDS.coldStartBudget();

    static final String HEADER = "package advisor.bounds;\nimport jp.advisor.facts.*;\n";

    static final String JAVA_LOOP = HEADER + """
            rule "止まらない繰り返し"
            when
                $s : StrategyFact()
            then
                while (true) { }
            end
            """;

    static final String SELF_REFIRING = HEADER + """
            rule "自分を何度も発火させる規則"
            when
                $s : StrategyFact()
            then
                update($s);
            end
            """;

    static final String DIVISION_BY_ZERO = HEADER + """
            rule "ゼロで割る規則"
            when
                $s : StrategyFact()
            then
                int z = 0;
                int q = 1 / z;
            end
            """;

    static final String SLOW_REFIRING = HEADER + """
            rule "遅い規則"
            when
                $s : StrategyFact()
            then
                long until = System.nanoTime() + 50000000L;
                while (System.nanoTime() < until) { }
                update($s);
            end
            """;

    static final String RECURSION = HEADER + """
            function int deeper(int n) { return deeper(n + 1) + 1; }
            rule "深すぎる再帰"
            when
                $s : StrategyFact()
            then
                int d = deeper(0);
            end
            """;

    static final String QUIET = HEADER + """
            rule "何もしない規則"
            when
                $s : StrategyFact()
            then
            end
            """;

    static Submission seed() {
        return EvaluatorTest.seed();
    }

    static EvaluationAbortedException aborted(RuleSet rules, EvaluationBounds bounds) {
        return catchThrowableOfType(EvaluationAbortedException.class,
                () -> new Evaluator(() -> rules, bounds).evaluate(seed()));
    }

    @AfterEach
    void stopLoopsLeftRunning() throws InterruptedException {
        UnguardedRules.stopStuckThreads();
        assertThat(UnguardedRules.stuckThreads()).isZero();
    }

    static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aConsequenceStuckInAJavaLoopIsGivenUpAtTheBudgetNamingTheRuleThenItsSetIsRefusedAtOnceAndOtherSetsStillAnswer() {
        RuleSet looping = UnguardedRules.compile("loop.drl", JAVA_LOOP);
        long start = System.nanoTime();
        EvaluationAbortedException e = aborted(looping, BOUNDS);

        assertThat(since(start)).as("the set's first session: the cold-start budget").isLessThan(COLD.plus(MARGIN));
        assertThat(e.kind()).isEqualTo(Kind.TIME);
        assertThat(e.rule()).isEqualTo("止まらない繰り返し");
        assertThat(e.ruleSetVersion()).isEqualTo("sha256:test-loop.drl");
        assertThat(e.getMessage()).contains("時間の上限（0.3 秒）", "time budget of 0.3 s", "止まらない繰り返し");
        assertThat(UnguardedRules.stuckThreads()).as("the thread is left running, and counted").isEqualTo(1);

        start = System.nanoTime();
        EvaluationAbortedException again = aborted(looping, BOUNDS);
        assertThat(since(start)).as("the set is refused at once").isLessThan(BUDGET);
        assertThat(again.kind()).isEqualTo(Kind.TIME);
        assertThat(again.rule()).isEqualTo("止まらない繰り返し");
        assertThat(again.getMessage()).contains("終わらないまま実行中", "still running and never ends");
        assertThat(UnguardedRules.stuckThreads()).as("no second thread for the same set").isEqualTo(1);

        RuleSet quiet = UnguardedRules.compile("quiet.drl", QUIET);
        assertThat(new Evaluator(() -> quiet, BOUNDS).evaluate(seed()).strategies()).isNotEmpty();
    }

    @Test
    void aSessionThatWasHaltedThrewOrFiredTooOftenIsNeverKeptForTheNextEvaluation() {
        for (String drl : List.of(SLOW_REFIRING, DIVISION_BY_ZERO, SELF_REFIRING)) {
            RuleSet rules = UnguardedRules.compile("bad.drl", drl);
            Evaluator evaluator = new Evaluator(() -> rules, BOUNDS);
            assertThatThrownBy(() -> evaluator.evaluate(seed())).isInstanceOf(EvaluationAbortedException.class);
            assertThat(evaluator.sessionsKept()).as(drl).isZero();
        }
        RuleSet quiet = UnguardedRules.compile("quiet.drl", QUIET);
        Evaluator evaluator = new Evaluator(() -> quiet, BOUNDS);
        evaluator.evaluate(seed());
        assertThat(evaluator.sessionsKept()).as("a session that ran to its end is kept").isEqualTo(1);
    }

    @Test
    void onceAsManyThreadsAsAllowedAreStuckEveryEvaluationOfAnySetIsRefusedAtOnceNamingTheRule() {
        EvaluationBounds oneStuckThread = new EvaluationBounds(1_000, BUDGET, 1);
        RuleSet looping = UnguardedRules.compile("loop.drl", JAVA_LOOP);
        assertThat(aborted(looping, oneStuckThread).kind()).isEqualTo(Kind.TIME);

        RuleSet quiet = UnguardedRules.compile("quiet.drl", QUIET);
        long start = System.nanoTime();
        EvaluationAbortedException refused = aborted(quiet, oneStuckThread);
        assertThat(since(start)).isLessThan(BUDGET);
        assertThat(refused.kind()).isEqualTo(Kind.TIME);
        assertThat(refused.rule()).isEqualTo("止まらない繰り返し");
        assertThat(refused.getMessage()).contains("スレッドを使い切っている", "hold every evaluation thread");
    }

    @Test
    void aRuleThatKeepsReFiringItselfIsStoppedAtTheMaximumNumberOfFiringsNamingTheRule() {
        RuleSet refiring = UnguardedRules.compile("refire.drl", SELF_REFIRING);
        long start = System.nanoTime();
        EvaluationAbortedException e = aborted(refiring, BOUNDS);

        assertThat(e.kind()).isEqualTo(Kind.LOOP);
        assertThat(e.rule()).isEqualTo("自分を何度も発火させる規則");
        assertThat(e.ruleSetVersion()).isEqualTo("sha256:test-refire.drl");
        assertThat(e.getMessage()).contains("上限の 1000 回", "1000 firings");
        assertThat(since(start)).isLessThan(COLD.plus(MARGIN));
    }

    @Test
    void aDivisionByZeroInAConsequenceNamesTheRuleThatThrewAndTheCause() {
        RuleSet dividing = UnguardedRules.compile("divide.drl", DIVISION_BY_ZERO);
        EvaluationAbortedException e = aborted(dividing, BOUNDS);

        assertThat(e.kind()).isEqualTo(Kind.THREW);
        assertThat(e.rule()).isEqualTo("ゼロで割る規則");
        assertThat(e.getCause()).isInstanceOf(ArithmeticException.class);
        assertThat(e.getMessage()).contains("ルール「ゼロで割る規則」の実行中にエラー", "ArithmeticException: / by zero");
    }

    @Test
    void aConstraintThatThrowsIsReportedAsThrownNamingItsRule() {
        RuleSet dividing = UnguardedRules.compile("constraint.drl", HEADER + """
                rule "条件で例外を投げる規則"
                when
                    $s : StrategyFact(id.substring(99) == "x")
                then
                end
                """);
        EvaluationAbortedException e = aborted(dividing, BOUNDS);
        assertThat(e.kind()).isEqualTo(Kind.THREW);
        assertThat(e.rule()).isEqualTo("条件で例外を投げる規則");
        assertThat(e.getMessage()).contains("StringIndexOutOfBoundsException");
    }

    @Test
    void aRecursionTooDeepIsReportedAsThrownByTheRuleThatCalledIt() {
        RuleSet recursing = UnguardedRules.compile("recursion.drl", RECURSION);
        EvaluationAbortedException e = aborted(recursing, BOUNDS);

        assertThat(e.kind()).isEqualTo(Kind.THREW);
        assertThat(e.rule()).isEqualTo("深すぎる再帰");
        assertThat(e.getMessage()).contains("StackOverflowError");
    }

    @Test
    void slowConsequencesFiringOverAndOverAreHaltedAtTheBudgetWithoutLeavingAThread() {
        RuleSet slow = UnguardedRules.compile("slow.drl", SLOW_REFIRING);
        long start = System.nanoTime();
        EvaluationAbortedException e = aborted(slow, BOUNDS);

        assertThat(e.kind()).isEqualTo(Kind.TIME);
        assertThat(e.rule()).isEqualTo("遅い規則");
        assertThat(since(start)).isLessThan(COLD.plus(MARGIN));
        assertThat(UnguardedRules.stuckThreads()).as("halted between firings, the thread came back").isZero();
    }

    @Test
    void boundsThatAreNotPositiveAreRefused() {
        assertThatThrownBy(() -> new EvaluationBounds(0, BUDGET, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBounds(10, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
