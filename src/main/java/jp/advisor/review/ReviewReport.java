package jp.advisor.review;

import java.util.List;

import jp.advisor.evaluation.Evaluation.Finding;

/**
 * The findings over one or many submissions (several wards, several years), and the inputs that could
 * not be read.
 *
 * @param rulesVersion the rule set every submission was judged with
 * @param unreadable   inputs that could not be evaluated, each with why
 */
public record ReviewReport(String rulesVersion, String policy, List<ReviewedSubmission> submissions,
                           List<UnreadableSource> unreadable) {

    /** One submission's findings, most severe first, then by location. */
    public record ReviewedSubmission(String source, String organization, String fiscalYear, List<Finding> findings) {
    }

    /** An input that could not be evaluated: the file (or item) and every problem found in it. */
    public record UnreadableSource(String source, List<String> problems) {
    }
}
