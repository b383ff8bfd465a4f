package jp.advisor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jp.advisor.FrozenRules;
import jp.advisor.facts.JudgingPolicy;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.Submission;

/** Sessions kept between evaluations judge exactly as new ones: nothing of one submission reaches the next. */
class SessionPoolTest {

    static final RuleSet RULES = new RuleSetLoader().load(FrozenRules.RULES);

    static Evaluation fresh(Submission s) {
        return new Evaluator(() -> RULES).evaluate(s);
    }

    @Test
    void aKeptSessionJudgesEveryFrozenSubmissionAsANewSessionDoes() {
        List<Submission> all = FrozenRules.submissions();
        assertThat(all).hasSizeGreaterThan(100);
        Evaluator reusing = new Evaluator(() -> RULES);
        // Forwards, then backwards: every submission meets a session last used by another one.
        List<Submission> backwards = new ArrayList<>(all);
        Collections.reverse(backwards);
        List<Submission> twice = new ArrayList<>(all);
        twice.addAll(backwards);
        for (Submission s : twice) {
            assertThat(reusing.evaluate(s)).as(s.organization() + " " + s.fiscalYear()).isEqualTo(fresh(s));
        }
        assertThat(reusing.sessionsKept()).as("one session serves a sequence").isEqualTo(1);
    }

    @Test
    void aPolicyOrPreviousYearGivenToOneEvaluationIsGoneFromTheNext() {
        Submission seed = EvaluatorTest.seed();
        Evaluator reusing = new Evaluator(() -> RULES);
        Evaluation trajectory = reusing.evaluate(seed, seed, new JudgingPolicy("improvement", 0.0));
        assertThat(trajectory.ruleSet().policy()).isEqualTo("improvement");

        assertThat(reusing.evaluate(seed)).isEqualTo(fresh(seed));
    }

    @Test
    void evaluationsRunningAtOnceEachGetTheirOwnSessionAndTheRightAnswer() throws Exception {
        List<Submission> all = FrozenRules.submissions();
        Evaluator reusing = new Evaluator(() -> RULES);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Evaluation>> running = new ArrayList<>();
            for (Submission s : all) {
                running.add(threads.submit(() -> reusing.evaluate(s)));
            }
            for (int i = 0; i < all.size(); i++) {
                assertThat(running.get(i).get()).isEqualTo(fresh(all.get(i)));
            }
        } finally {
            threads.shutdown();
        }
        assertThat(reusing.sessionsKept()).isBetween(1, 4);
    }
}
