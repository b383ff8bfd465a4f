package jp.advisor.evaluation;

import java.time.Duration;
import java.util.Objects;

/**
 * What one evaluation may cost before it is stopped: the second line of defence behind the restricted rule
 * language ({@code rules/guard/}), which is meant to refuse a looping or throwing rule before it is published.
 *
 * @param maxFirings      rule firings per evaluation; reaching it stops the session ({@code advisor.evaluation.max-firings})
 * @param timeBudget      wall-clock time per evaluation; exceeding it halts the session ({@code advisor.evaluation.time-budget})
 * @param maxStuckThreads engine threads a consequence stuck in a Java loop may hold before every evaluation is refused
 *                        at once ({@code advisor.evaluation.max-stuck-threads}): such a thread cannot be stopped, only left
 */
public record EvaluationBounds(int maxFirings, Duration timeBudget, int maxStuckThreads) {

    /** The defaults of {@code application.properties}, for the command line and code that builds its own evaluator. */
    public static final EvaluationBounds DEFAULT = new EvaluationBounds(10_000, Duration.ofSeconds(2), 4);

    /**
     * The first session of a rule set loads classes and builds the engine's memory (about 1.5 s in a fresh process
     * and 0.5 s for a newly published set on a loaded 2-core machine, against 0.1 s later): it may take this many
     * times the budget, so that a cold start is not taken for a looping rule.
     */
    public static final int COLD_START_FACTOR = 5;

    public EvaluationBounds {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxFirings < 1 || timeBudget.isNegative() || timeBudget.isZero() || maxStuckThreads < 1) {
            throw new IllegalArgumentException("評価の上限はどれも正の値にしてください / evaluation bounds must be positive: "
                    + maxFirings + " firings, " + timeBudget + ", " + maxStuckThreads + " stuck threads");
        }
    }

    /** The budget of a rule set's first session in this process. */
    public Duration coldStartBudget() {
        return timeBudget.multipliedBy(COLD_START_FACTOR);
    }
}
