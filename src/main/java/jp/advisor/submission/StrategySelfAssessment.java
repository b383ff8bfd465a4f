package jp.advisor.submission;

import java.util.function.Function;

import jp.advisor.facts.Cell;

/**
 * 全体 (A/B), 戦略の進捗状況 (a/b), 戦略のアウトカムに対する有効性 (ア/イ); each null when not filled in. The fields are the
 * strategy-level cells of the catalogue ({@link Cell}), named by their {@link Cell#selfAssessmentField()}.
 */
public record StrategySelfAssessment(String overall, String progress, String effectiveness) {

    public static final StrategySelfAssessment EMPTY = new StrategySelfAssessment(null, null, null);

    /** The self-assessment with each cell's value from {@code value}. */
    public static StrategySelfAssessment of(Function<Cell, String> value) {
        return new StrategySelfAssessment(value.apply(Cell.OVERALL), value.apply(Cell.PROGRESS),
                value.apply(Cell.STRATEGY_EFFECTIVENESS));
    }

    /** What the sheet says in a strategy-level cell; null when not filled in. */
    public String of(Cell cell) {
        return switch (cell) {
            case OVERALL -> overall;
            case PROGRESS -> progress;
            case STRATEGY_EFFECTIVENESS -> effectiveness;
            case OUTCOME, ACHIEVEMENT, EXECUTION, INITIATIVE_EFFECTIVENESS, WITHDRAWAL,
                 EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT ->
                    throw new IllegalArgumentException(cell + " is not a self-assessed cell of a strategy");
        };
    }
}
