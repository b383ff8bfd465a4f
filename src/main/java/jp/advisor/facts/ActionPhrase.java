package jp.advisor.facts;

/** A withdrawal action code found in an initiative's criterion by the phrase table (withdrawal-actions.drl.csv). */
public record ActionPhrase(String strategyId, String initiativeId, String code, String phrase) {
}
