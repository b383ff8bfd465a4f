package jp.advisor.submission;

import java.util.function.Function;

import jp.advisor.facts.Cell;

/**
 * 業績目標の達成状況 (①②③), its (ア)/(イ), and 戦略に対する取組の有効性 (○/×); each null when not filled in. The fields are
 * the initiative-level cells of the catalogue ({@link Cell}) that have a self-assessment.
 */
public record InitiativeSelfAssessment(String achievement, String execution, String effectiveness) {

    public static final InitiativeSelfAssessment EMPTY = new InitiativeSelfAssessment(null, null, null);

    /** The self-assessment with each cell's value from {@code value}. */
    public static InitiativeSelfAssessment of(Function<Cell, String> value) {
        return new InitiativeSelfAssessment(value.apply(Cell.ACHIEVEMENT), value.apply(Cell.EXECUTION),
                value.apply(Cell.INITIATIVE_EFFECTIVENESS));
    }

    /** What the sheet says in an initiative-level cell; null when not filled in. */
    public String of(Cell cell) {
        return switch (cell) {
            case ACHIEVEMENT -> achievement;
            case EXECUTION -> execution;
            case INITIATIVE_EFFECTIVENESS -> effectiveness;
            case OUTCOME, OVERALL, PROGRESS, STRATEGY_EFFECTIVENESS, WITHDRAWAL,
                 EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT ->
                    throw new IllegalArgumentException(cell + " is not a self-assessed cell of an initiative");
        };
    }
}
