package jp.advisor.facts;

/** An outcome value as the same organisation's previous-year submission reported it. */
public record PriorOutcomeFact(String strategyId, int index, String label, Measure value, String fiscalYear) {
}
