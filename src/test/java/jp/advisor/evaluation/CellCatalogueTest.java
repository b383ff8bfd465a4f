package jp.advisor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.submission.InitiativeSelfAssessment;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.StrategySelfAssessment;

/**
 * The catalogue of rating cells ({@link Cell}) and the contract's records agree: every cell of the sheets has its
 * field in the submission and in the evaluation, every rating field of the evaluation is a catalogue cell, and the
 * rules judge every cell of the catalogue on the seed, at the location the catalogue gives it.
 */
class CellCatalogueTest {

    @Test
    void everySelfAssessedCellIsAFieldOfTheSubmissionUnderItsCatalogueName() {
        assertThat(names(StrategySelfAssessment.class)).containsExactlyElementsOf(selfAssessed(Cell.Level.STRATEGY));
        assertThat(names(InitiativeSelfAssessment.class)).containsExactlyElementsOf(selfAssessed(Cell.Level.INITIATIVE));
        assertThat(names(Outcome.class)).contains(Cell.OUTCOME.selfAssessmentField());
    }

    @Test
    void everyRatingFieldOfTheEvaluationIsACatalogueCellAndEveryCellHasOne() {
        assertThat(ratingFields(StrategyEvaluation.class)).containsExactlyElementsOf(segments(Cell.Level.STRATEGY));
        assertThat(ratingFields(InitiativeEvaluation.class)).containsExactlyElementsOf(segments(Cell.Level.INITIATIVE));
    }

    @Test
    void theRulesJudgeEveryCellOfTheCatalogueOnTheSeedWhereTheCatalogueSaysItIs() {
        Evaluation e = EvaluatorTest.evaluate(jp.advisor.FrozenRules.RULES, EvaluatorTest.seed());

        for (StrategyEvaluation s : e.strategies()) {
            s.outcomes().forEach(o -> assertThat(o.rating().rule()).as(CellLocation.ofOutcome(s.id(), o.index()).format())
                    .isNotNull());
            for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                assertThat(s.rating(cell).rule()).as(CellLocation.of(cell, s.id(), null, null).format()).isNotNull();
            }
            for (InitiativeEvaluation i : s.initiatives()) {
                for (Cell cell : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                    String rule = cell == Cell.WITHDRAWAL ? i.withdrawal().rule() : i.rating(cell).rule();
                    assertThat(rule).as(CellLocation.of(cell, s.id(), i.id(), null).format()).isNotNull();
                }
            }
        }
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> ratingFields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getType() == Rating.class || c.getType() == Evaluation.Withdrawal.class)
                .map(RecordComponent::getName).toList();
    }

    private static List<String> selfAssessed(Cell.Level level) {
        return Cell.onSheetAt(level).stream().filter(Cell::hasSelfAssessment).map(Cell::selfAssessmentField).toList();
    }

    private static List<String> segments(Cell.Level level) {
        return Cell.onSheetAt(level).stream().map(Cell::segment).toList();
    }
}
