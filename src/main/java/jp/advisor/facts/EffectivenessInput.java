package jp.advisor.facts;

/**
 * The 全体 and 戦略の進捗状況 of a strategy: the inputs of the effectiveness table.
 *
 * @param fromSelfAssessment false for the advisor's own suggestions (the table then suggests the cell);
 *                           true for the sheet's self-assessment (the table then says what ア/イ those
 *                           ratings imply, for the review rules to compare)
 */
public record EffectivenessInput(String strategyId, String overall, String progress, boolean fromSelfAssessment) {

    /** The cell the table's answer goes to. */
    public Cell cell() {
        return fromSelfAssessment ? Cell.EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT : Cell.STRATEGY_EFFECTIVENESS;
    }
}
