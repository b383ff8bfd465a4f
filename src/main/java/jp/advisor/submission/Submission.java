package jp.advisor.submission;

import java.util.List;

/**
 * One organisation's two sheets for one fiscal year, in the shape of CONTRACT.md. Text is kept as written.
 * Rating symbols are normalised by {@link SubmissionReader} (full-width Ａ → A, 1 → ①).
 */
public record Submission(String organization, String fiscalYear, List<Strategy> strategies) {

    public Submission {
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
    }
}
