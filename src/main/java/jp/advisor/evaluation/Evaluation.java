package jp.advisor.evaluation;

import java.util.List;
import java.util.function.Function;

import jp.advisor.facts.Cell;

/** The answer for one submission, in the shape of CONTRACT.md (fields beyond it are additions). */
public record Evaluation(RuleSetInfo ruleSet, String organization, String fiscalYear,
                         List<StrategyEvaluation> strategies, List<Finding> findings) {

    /** @param policy the judging policy the rule files chose for 個別 A/B */
    public record RuleSetInfo(String version, String policy) {
    }

    /** A strategy's cells; the rating fields are the strategy-level cells of the catalogue, named by their segment. */
    public record StrategyEvaluation(String id, List<OutcomeEvaluation> outcomes, Rating overall, Rating progress,
                                     Rating effectiveness, List<InitiativeEvaluation> initiatives) {

        static StrategyEvaluation of(String id, List<OutcomeEvaluation> outcomes, Function<Cell, Rating> rating,
                                     List<InitiativeEvaluation> initiatives) {
            return new StrategyEvaluation(id, outcomes, rating.apply(Cell.OVERALL), rating.apply(Cell.PROGRESS),
                    rating.apply(Cell.STRATEGY_EFFECTIVENESS), initiatives);
        }

        /** The suggestion for one of the strategy's own cells ({@link Cell#onSheetAt} the strategy level). */
        public Rating rating(Cell cell) {
            return switch (cell) {
                case OVERALL -> overall;
                case PROGRESS -> progress;
                case STRATEGY_EFFECTIVENESS -> effectiveness;
                case OUTCOME, ACHIEVEMENT, EXECUTION, INITIATIVE_EFFECTIVENESS, WITHDRAWAL,
                     EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT ->
                        throw new IllegalArgumentException(cell + " is not a rated cell of a strategy");
            };
        }
    }

    public record OutcomeEvaluation(int index, Rating rating) {
    }

    /** An initiative's cells; the fields are the initiative-level cells of the catalogue, named by their segment. */
    public record InitiativeEvaluation(String id, Rating achievement, Rating execution, Rating effectiveness,
                                       Withdrawal withdrawal) {

        static InitiativeEvaluation of(String id, Function<Cell, Rating> rating, Withdrawal withdrawal) {
            return new InitiativeEvaluation(id, rating.apply(Cell.ACHIEVEMENT), rating.apply(Cell.EXECUTION),
                    rating.apply(Cell.INITIATIVE_EFFECTIVENESS), withdrawal);
        }

        /** The suggestion for one of the initiative's rated cells (the withdrawal is {@link #withdrawal()}). */
        public Rating rating(Cell cell) {
            return switch (cell) {
                case ACHIEVEMENT -> achievement;
                case EXECUTION -> execution;
                case INITIATIVE_EFFECTIVENESS -> effectiveness;
                case OUTCOME, OVERALL, PROGRESS, STRATEGY_EFFECTIVENESS, WITHDRAWAL,
                     EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT ->
                        throw new IllegalArgumentException(cell + " is not a rated cell of an initiative");
            };
        }
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

        /**
         * The suggestion as pages and reports show it: 「該当」 or 「非該当」, null when the rules leave it to a person.
         * With {@code withAction} the action code follows 該当 (「該当 REBUILD_PROJECT」), for policy staff, who write
         * the codes in the action table; a ward reads the action in the reason's Japanese instead.
         */
        public String shown(boolean withAction) {
            if (triggered == null) {
                return null;
            }
            if (!triggered) {
                return "非該当";
            }
            return withAction && action != null && !action.isBlank() ? "該当 " + action : "該当";
        }
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
