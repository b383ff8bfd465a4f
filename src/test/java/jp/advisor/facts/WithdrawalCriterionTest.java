package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class WithdrawalCriterionTest {

    private static final Target SIXTY_PERCENT = new Target("60%以上", Comparison.AT_LEAST, false, new BigDecimal("60"), "%",
            null, false, null);

    private static Measure percent(String number) {
        return Measure.of(number + "%", new BigDecimal(number), "%");
    }

    private static WithdrawalCriterion relative(Basis basis, String fraction, String written) {
        return new WithdrawalCriterion("x", Comparison.LESS_THAN, null, null, "事業を再構築する", false, null, basis,
                new BigDecimal(fraction), written);
    }

    @Test
    void isTriggeredByAValueThatMeetsItExactly() {
        WithdrawalCriterion c = new WithdrawalCriterion("50%以下の場合事業再構築", Comparison.AT_MOST,
                new BigDecimal("50"), "%", "事業再構築", false, null);
        assertThat(c.isTriggeredBy(percent("50"))).isTrue();
        assertThat(c.isTriggeredBy(percent("50.1"))).isFalse();
        assertThat(c.isTriggeredBy(Measure.of("50件", new BigDecimal("50"), "件"))).isFalse();
        assertThat(c.isTriggeredBy(null)).isFalse();
        assertThat(c.isTriggeredBy(Measure.unreadable("約50%", "概数"))).isFalse();
    }

    @Test
    void isReadableOnlyWithAValueAComparatorAndNotAYesNoFact() {
        assertThat(new WithdrawalCriterion("x", Comparison.AT_MOST, BigDecimal.TEN, "%", null, false, null).readable())
                .isTrue();
        assertThat(new WithdrawalCriterion("x", null, BigDecimal.TEN, "%", null, false, null).readable()).isFalse();
        assertThat(new WithdrawalCriterion("x", Comparison.AT_MOST, null, "%", null, false, null).readable()).isFalse();
        assertThat(new WithdrawalCriterion("x", Comparison.AT_MOST, BigDecimal.TEN, "%", null, true, null).readable())
                .isFalse();
        assertThat(new WithdrawalCriterion("x", Comparison.AT_MOST, BigDecimal.TEN, "%", null, true, null)
                .sameUnitAs(percent("1"))).isFalse();
    }

    @Test
    void takesTheTargetTimesItsShareExactly() {
        WithdrawalCriterion half = relative(Basis.TARGET, "0.5", "半分").against(SIXTY_PERCENT, null);
        assertThat(half.value()).isEqualByComparingTo("30");
        assertThat(half.unit()).isEqualTo("%");
        assertThat(half.comparison()).isEqualTo(Comparison.LESS_THAN);
        assertThat(half.display()).isEqualTo("目標値（60%以上）の半分（30%）未満");
        assertThat(half.isTriggeredBy(percent("29.9"))).isTrue();
        assertThat(half.isTriggeredBy(percent("30"))).isFalse();
    }

    @Test
    void takesLastYearsValueTimesItsShareExactly() {
        WithdrawalCriterion eighty = relative(Basis.PREVIOUS_YEAR, "0.8", "8割").against(null, percent("47.5"));
        assertThat(eighty.value()).isEqualByComparingTo("38");
        assertThat(eighty.display()).isEqualTo("前年度（47.5%）の8割（38%）未満");
    }

    @Test
    void takesLastYearsValueItselfWhenTheShareIsWhole() {
        WithdrawalCriterion c = relative(Basis.PREVIOUS_YEAR, "1", null).against(null, percent("47.4"));
        assertThat(c.value()).isEqualByComparingTo("47.4");
        assertThat(c.display()).isEqualTo("前年度（47.4%）未満");
        assertThat(c.isTriggeredBy(percent("47.3"))).isTrue();
    }

    @Test
    void becomesUnreadableWhenTheTargetIsNotANumber() {
        WithdrawalCriterion c = relative(Basis.TARGET, "0.5", "半分");
        assertThat(c.against(null, null).problem()).isEqualTo("目標値を基準にした撤退基準ですが、目標を数値として読めません");
        assertThat(c.against(Target.qualitative("体制を作る", "状態です"), null).problem()).endsWith("（状態です）");
        assertThat(c.against(Target.qualitative("体制を作る", "状態です"), null).readable()).isFalse();
        assertThat(c.against(new Target("x", null, false, null, null, null, false, null), null).problem())
                .isEqualTo("目標値を基準にした撤退基準ですが、目標を数値として読めません");
    }

    @Test
    void becomesUnreadableWhenLastYearsValueIsMissingOrUnread() {
        WithdrawalCriterion c = relative(Basis.PREVIOUS_YEAR, "0.8", "8割");
        assertThat(c.against(SIXTY_PERCENT, null).problem()).contains("記載されていません");
        assertThat(c.against(SIXTY_PERCENT, Measure.of(null, null, null)).problem()).contains("記載されていません");
        assertThat(c.against(SIXTY_PERCENT, Measure.of("  ", null, null)).problem()).contains("記載されていません");
        WithdrawalCriterion unread = c.against(SIXTY_PERCENT, Measure.unreadable("約47%", "概数です"));
        assertThat(unread.problem()).contains("「約47%」").contains("概数です");
        assertThat(unread.comparison()).isNull();
        assertThat(unread.actionText()).isEqualTo("事業を再構築する");
    }

    @Test
    void leavesAStatedOrAlreadyKnownOrRefusedCriterionAsItIs() {
        WithdrawalCriterion stated = new WithdrawalCriterion("50%以下", Comparison.AT_MOST, new BigDecimal("50"), "%",
                null, false, null);
        assertThat(stated.against(SIXTY_PERCENT, percent("1"))).isSameAs(stated);
        WithdrawalCriterion known = relative(Basis.TARGET, "0.5", "半分").against(SIXTY_PERCENT, null);
        assertThat(known.against(new Target("10%以上", Comparison.AT_LEAST, false, BigDecimal.TEN, "%", null, false, null),
                null)).isSameAs(known);
        WithdrawalCriterion refused = new WithdrawalCriterion("x", null, null, null, null, false, "否定", Basis.TARGET,
                new BigDecimal("0.5"), "半分");
        assertThat(refused.against(SIXTY_PERCENT, null)).isSameAs(refused);
        WithdrawalCriterion noComparator = new WithdrawalCriterion("x", null, null, null, null, false, null,
                Basis.TARGET, new BigDecimal("0.5"), "半分");
        assertThat(noComparator.against(SIXTY_PERCENT, null)).isSameAs(noComparator);
    }

    @Test
    void showsAStatedThresholdWithItsComparatorAndAsWritten() {
        assertThat(new WithdrawalCriterion("50%以下", Comparison.AT_MOST, new BigDecimal("50"), "%", null, false, null)
                .display()).isEqualTo("50%以下");
        assertThat(new WithdrawalCriterion("7割未満", Comparison.LESS_THAN, new BigDecimal("70"), "%", null, false, null,
                Basis.STATED, BigDecimal.ONE, "7割").display()).isEqualTo("7割（70%）未満");
        assertThat(new WithdrawalCriterion("体制作りが出来ない場合", null, null, null, null, true, null).display())
                .isEqualTo("体制作りが出来ない場合");
    }

    @Test
    void isComparedInAnotherUnitShowingTheNumberAsWritten() {
        WithdrawalCriterion c = new WithdrawalCriterion("10名未満", Comparison.LESS_THAN, BigDecimal.TEN, "名", "廃止",
                false, null);
        WithdrawalCriterion inPeople = c.inUnit("人");
        assertThat(inPeople.unit()).isEqualTo("人");
        assertThat(inPeople.display()).isEqualTo("10名未満");
        assertThat(inPeople.isTriggeredBy(Measure.of("9人", new BigDecimal("9"), "人"))).isTrue();
        WithdrawalCriterion wari = new WithdrawalCriterion("7割未満", Comparison.LESS_THAN, new BigDecimal("70"), "%",
                null, false, null, Basis.STATED, BigDecimal.ONE, "7割");
        assertThat(wari.inUnit("%").written()).isEqualTo("7割");
    }
}
