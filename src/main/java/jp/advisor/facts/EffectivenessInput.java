package jp.advisor.facts;

/** The decided 全体 and 戦略の進捗状況 of a strategy: the inputs of the effectiveness table. */
public record EffectivenessInput(String strategyId, String overall, String progress) {
}
