package jp.advisor.facts;

import java.util.Map;

/**
 * A suggested value for one rating cell, inserted by a rule. The rule's name is recorded by the engine
 * when the suggestion is inserted, so rule files need not repeat it.
 *
 * @param value       the suggested symbol (A, b, ①, ア, ○ …), null when a person must decide
 * @param needsReview true when the rules cannot decide the cell from the sheet
 * @param triggered   for the withdrawal cell: whether the criterion is met (null when undecided)
 * @param action      for the withdrawal cell: the action code when triggered (REBUILD_PROJECT …)
 * @param inputs      the values the rule compared, by name (Japanese)
 * @param comparison  the comparison made, e.g. 「32.0% < 44.6%」
 */
public record Suggestion(Cell cell, String strategyId, String initiativeId, Integer outcomeIndex,
                         String value, boolean needsReview, Boolean triggered, String action,
                         String ja, String en, Map<String, String> inputs, String comparison) {

    public Suggestion {
        // Insertion order: explanations list inputs as the rule names them, the same in every run.
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    }

    /** Where the cell is, as CONTRACT.md writes locations. */
    public String location() {
        return place().format();
    }

    /** Where the cell is: two suggestions have the same place exactly when they have the same {@link #location()}. */
    public CellLocation place() {
        return outcomeIndex != null ? CellLocation.ofOutcome(strategyId, outcomeIndex)
                : initiativeId != null ? CellLocation.ofInitiative(strategyId, initiativeId).with(cell.segment())
                : CellLocation.ofStrategy(strategyId).with(cell.segment());
    }
}
