package jp.advisor.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;

/**
 * The shown judgement of every cell of a Drools {@link Evaluation}, keyed by CONTRACT.md location: the same map
 * {@link PlainJavaAdvisor#judge} gives, so the two can be compared.
 */
public final class Judgements {

    private Judgements() {
    }

    public static Map<String, String> of(Evaluation evaluation) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (StrategyEvaluation s : evaluation.strategies()) {
            for (OutcomeEvaluation o : s.outcomes()) {
                cells.put(CellLocation.ofOutcome(s.id(), o.index()).format(), shown(o.rating()));
            }
            for (InitiativeEvaluation in : s.initiatives()) {
                for (Cell cell : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                    cells.put(CellLocation.of(cell, s.id(), in.id(), null).format(),
                            cell == Cell.WITHDRAWAL ? shown(in.withdrawal()) : shown(in.rating(cell)));
                }
            }
            for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                cells.put(CellLocation.of(cell, s.id(), null, null).format(), shown(s.rating(cell)));
            }
        }
        return cells;
    }

    /** The value; 「要確認」 when none and a person must decide; 「－」 when none and nothing to decide. */
    static String shown(Rating rating) {
        return PlainJavaAdvisor.shownRating(rating.value(), rating.needsReview());
    }

    /** 「該当 ACTION」, 「該当」, 「非該当」, or 「要確認」 when a person must decide. */
    static String shown(Withdrawal withdrawal) {
        return PlainJavaAdvisor.shownWithdrawal(withdrawal.triggered(), withdrawal.action(), withdrawal.needsReview());
    }
}
