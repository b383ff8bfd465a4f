package jp.advisor.submission;

/** 業績目標の達成状況 (①②③), its (ア)/(イ), and 戦略に対する取組の有効性 (○/×); each null when not filled in. */
public record InitiativeSelfAssessment(String achievement, String execution, String effectiveness) {

    public static final InitiativeSelfAssessment EMPTY = new InitiativeSelfAssessment(null, null, null);
}
