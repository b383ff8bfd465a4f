package jp.advisor.evaluation;

import java.util.List;

import jp.advisor.submission.Submission;

/**
 * Benchmark access to {@link Facts} (package-private in the application): lets the seed benchmark time the
 * reading of a submission's Japanese text into facts apart from the rule engine. Lives in src/bench only.
 */
public final class BenchFacts {

    private BenchFacts() {
    }

    public static List<Object> of(Submission submission) {
        return Facts.of(submission, jp.advisor.facts.Units.NONE);
    }
}
