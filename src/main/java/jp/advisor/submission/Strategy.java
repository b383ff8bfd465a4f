package jp.advisor.submission;

import java.util.List;

/**
 * A row of sheet 1 (めざす成果および戦略) with the initiatives of sheet 2 (具体的取組) that carry it out.
 *
 * @param id            the sheet's strategy number, unique in the submission (「7-1」, 「7-1@1-(2)-イ」)
 * @param item          項目 / 取組 text
 * @param indicator     成果指標と目標値 of the basic policy (optional, added to the contract)
 * @param desiredState  めざす状態
 * @param outcomeTarget アウトカム: the outcome target sentence
 * @param strategy      戦略 text (optional, added to the contract)
 */
public record Strategy(String id, String item, String indicator, String desiredState, String outcomeTarget,
                       String strategy, List<Outcome> outcomes, StrategySelfAssessment selfAssessment,
                       String issues, String improvements, List<Initiative> initiatives) {

    public Strategy {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        selfAssessment = selfAssessment == null ? StrategySelfAssessment.EMPTY : selfAssessment;
    }
}
