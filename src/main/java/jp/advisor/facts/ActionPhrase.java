package jp.advisor.facts;

import java.util.List;

/** A withdrawal action code found in an initiative's criterion by the phrase table (withdrawal-actions.drl.csv). */
public record ActionPhrase(String strategyId, String initiativeId, String code, String phrase) {

    /**
     * The distinct codes among the phrases found for one initiative, sorted: several table rows may name the
     * same action (「事業を再構築」「事業再構築」), and a criterion must get one judgement however many match.
     */
    public static List<String> codes(List<?> phrases) {
        return phrases.stream().map(p -> ((ActionPhrase) p).code()).distinct().sorted().toList();
    }
}
