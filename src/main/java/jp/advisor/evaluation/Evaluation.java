package jp.advisor.evaluation;

import java.util.List;

/** The answer for one submission, in the shape of CONTRACT.md (fields beyond it are additions). */
public record Evaluation(RuleSetInfo ruleSet, String organization, String fiscalYear,
                         List<StrategyEvaluation> strategies, List<Finding> findings) {

    /** @param policy the judging policy the rule files chose for 個別 A/B */
    public record RuleSetInfo(String version, String policy) {
    }

    public record StrategyEvaluation(String id, List<OutcomeEvaluation> outcomes, Rating overall, Rating progress,
                                     Rating effectiveness, List<InitiativeEvaluation> initiatives) {
    }

    public record OutcomeEvaluation(int index, Rating rating) {
    }

    public record InitiativeEvaluation(String id, Rating achievement, Rating execution, Rating effectiveness,
                                       Withdrawal withdrawal) {
    }

    /**
     * A suggestion for one cell.
     *
     * @param value          the suggested symbol, null when a person must decide
     * @param selfAssessment what the sheet says, null when not filled in
     * @param inputs         the values the rule used
     * @param comparison     the comparison it made
     */
    public record Rating(String value, boolean needsReview, String rule, Explanation explanation,
                         String selfAssessment, java.util.Map<String, String> inputs, String comparison) {
    }

    public record Withdrawal(Boolean triggered, String action, boolean needsReview, String rule,
                             Explanation explanation, java.util.Map<String, String> inputs, String comparison) {
    }

    public record Explanation(String ja, String en) {
    }

    /**
     * A contradiction a reviewer should see.
     *
     * @param cells the cells and numbers it compares, quoted as the sheet has them
     * @param rule  the review rule that found it
     */
    public record Finding(String code, String severity, String location, Explanation message,
                          java.util.Map<String, String> cells, String rule) {
    }
}
