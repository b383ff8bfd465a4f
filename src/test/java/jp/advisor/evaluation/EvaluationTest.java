package jp.advisor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.advisor.evaluation.Evaluation.Withdrawal;

class EvaluationTest {

    @Test
    void showsAMetWithdrawalCriterionWithItsActionCodeOnlyWhenAsked() {
        Withdrawal met = withdrawal(true, "REBUILD_PROJECT");
        assertThat(met.shown(true)).isEqualTo("該当 REBUILD_PROJECT");
        assertThat(met.shown(false)).isEqualTo("該当");
    }

    @Test
    void showsAMetCriterionWithoutAnActionAsMetAlone() {
        assertThat(withdrawal(true, null).shown(true)).isEqualTo("該当");
        assertThat(withdrawal(true, " ").shown(true)).isEqualTo("該当");
    }

    @Test
    void showsAnUnmetCriterionAsNotMetAndOneLeftToAPersonAsNothing() {
        assertThat(withdrawal(false, null).shown(true)).isEqualTo("非該当");
        assertThat(withdrawal(null, null).shown(true)).isNull();
    }

    private static Withdrawal withdrawal(Boolean triggered, String action) {
        return new Withdrawal(triggered, action, triggered == null, "rule", new Evaluation.Explanation("理由", "reason"),
                Map.of(), null);
    }
}
