package jp.advisor.submission;

/** 全体 (A/B), 戦略の進捗状況 (a/b), 戦略のアウトカムに対する有効性 (ア/イ); each null when not filled in. */
public record StrategySelfAssessment(String overall, String progress, String effectiveness) {

    public static final StrategySelfAssessment EMPTY = new StrategySelfAssessment(null, null, null);
}
