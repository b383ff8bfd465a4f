package jp.advisor.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;

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
            String base = "strategies/" + s.id();
            for (OutcomeEvaluation o : s.outcomes()) {
                cells.put(base + "/outcomes/" + o.index(), shown(o.rating()));
            }
            for (InitiativeEvaluation in : s.initiatives()) {
                String cell = base + "/initiatives/" + in.id() + "/";
                cells.put(cell + "achievement", shown(in.achievement()));
                cells.put(cell + "execution", shown(in.execution()));
                cells.put(cell + "effectiveness", shown(in.effectiveness()));
                cells.put(cell + "withdrawal", shown(in.withdrawal()));
            }
            cells.put(base + "/overall", shown(s.overall()));
            cells.put(base + "/progress", shown(s.progress()));
            cells.put(base + "/effectiveness", shown(s.effectiveness()));
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
