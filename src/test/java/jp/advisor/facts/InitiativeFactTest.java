package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class InitiativeFactTest {

    private static final WithdrawalCriterion AT_MOST_FIFTY = new WithdrawalCriterion("50%以下の場合事業再構築",
            Comparison.AT_MOST, new BigDecimal("50"), "%", "事業再構築", false, null);

    private static Measure percent(String number) {
        return Measure.of(number + "%", new BigDecimal(number), "%");
    }

    private static Target target(Comparison comparison, String value) {
        return new Target("x", comparison, false, new BigDecimal(value), "%", null, false, null);
    }

    private static InitiativeFact initiative(Target target, Measure measured) {
        return initiative(target, measured, AT_MOST_FIFTY);
    }

    private static InitiativeFact initiative(Target target, Measure measured, WithdrawalCriterion withdrawal) {
        return new InitiativeFact("7-1", "7-1-1", target, withdrawal, measured, true, "結果", "①", "ア", "○", "", " ");
    }

    @Test
    void keepsTheAchievementRateItComputesWithOrWithoutACriterionAndIgnoresARatePassedIn() {
        WithdrawalCriterion none = new WithdrawalCriterion("", null, null, null, null, false, null);
        InitiativeFact kept = initiative(target(Comparison.AT_LEAST, "80"), percent("60"), none);
        assertThat(kept.getAchievementRate()).isEqualByComparingTo("75");
        assertThat(kept.achievementRate()).isEqualByComparingTo("75");
        InitiativeFact passed = new InitiativeFact("7-1", "7-1-1", target(Comparison.AT_LEAST, "80"), AT_MOST_FIFTY,
                percent("60"), true, "結果", "①", "ア", "○", "", " ", new BigDecimal("99"));
        assertThat(passed.achievementRate()).isEqualByComparingTo("75");
        assertThat(passed).isEqualTo(initiative(target(Comparison.AT_LEAST, "80"), percent("60")));
    }

    @Test
    void givesTheAchievementRateOfAnUpwardTargetAsValueOverTarget() {
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), percent("60")).getAchievementRate())
                .isEqualByComparingTo("75");
        assertThat(initiative(target(Comparison.MORE_THAN, "80"), percent("60")).getAchievementRate())
                .isEqualByComparingTo("75");
    }

    @Test
    void givesTheAchievementRateOfADownwardTargetAsTargetOverValue() {
        assertThat(initiative(target(Comparison.AT_MOST, "60"), percent("80")).getAchievementRate())
                .isEqualByComparingTo("75");
    }

    @Test
    void givesNoAchievementRateAgainstAZeroTargetOrOfAZeroValueAgainstADownwardOne() {
        assertThat(initiative(target(Comparison.AT_LEAST, "0"), percent("60")).getAchievementRate()).isNull();
        assertThat(initiative(target(Comparison.AT_MOST, "10"), percent("0")).getAchievementRate()).isNull();
        assertThat(initiative(target(Comparison.AT_MOST, "0"), percent("10")).getAchievementRate())
                .isEqualByComparingTo("0");
        assertThat(initiative(target(Comparison.AT_LEAST, "10"), percent("0")).getAchievementRate())
                .isEqualByComparingTo("0");
    }

    @Test
    void givesNoAchievementRateWhenTheTwoCannotBeCompared() {
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), Measure.of("60件", new BigDecimal("60"), "件"))
                .getAchievementRate()).isNull();
        assertThat(initiative(Target.qualitative("x", "y"), percent("60")).getAchievementRate()).isNull();
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), Measure.unreadable("—", "なし")).getAchievementRate())
                .isNull();
    }

    @Test
    void isMetAndTriggersItsWithdrawalByTheMeasuredValue() {
        InitiativeFact low = initiative(target(Comparison.AT_LEAST, "80"), percent("50"));
        assertThat(low.comparable()).isTrue();
        assertThat(low.met()).isFalse();
        assertThat(low.withdrawalComparable()).isTrue();
        assertThat(low.withdrawalTriggered()).isTrue();
        InitiativeFact high = initiative(target(Comparison.AT_LEAST, "80"), percent("80"));
        assertThat(high.met()).isTrue();
        assertThat(high.withdrawalTriggered()).isFalse();
    }

    @Test
    void comparesItsWithdrawalOnlyWithAValueInTheCriterionsUnit() {
        WithdrawalCriterion tenCases = new WithdrawalCriterion("10件未満", Comparison.LESS_THAN, BigDecimal.TEN, "件",
                "廃止", false, null);
        InitiativeFact i = initiative(target(Comparison.AT_LEAST, "80"), percent("5"), tenCases);
        assertThat(i.withdrawalComparable()).isFalse();
        assertThat(i.withdrawalTriggered()).isFalse();
    }

    @Test
    void isNotComparableWithAnUnreadValue() {
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), Measure.unreadable("—", "なし")).comparable()).isFalse();
        assertThat(initiative(Target.qualitative("x", "y"), percent("50")).comparable()).isFalse();
    }

    @Test
    void saysWhetherAWithdrawalCriterionIsWritten() {
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), percent("50")).withdrawalMissing()).isFalse();
        WithdrawalCriterion none = new WithdrawalCriterion(null, null, null, null, null, false, "記載がありません");
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), percent("50"), none).withdrawalMissing()).isTrue();
        WithdrawalCriterion blank = new WithdrawalCriterion(" ", null, null, null, null, false, "記載がありません");
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), percent("50"), blank).withdrawalMissing()).isTrue();
    }

    @Test
    void saysWhatTheSheetLeftEmpty() {
        InitiativeFact i = initiative(target(Comparison.AT_LEAST, "80"), percent("50"));
        assertThat(i.issuesMissing()).isTrue();
        assertThat(i.improvementsMissing()).isTrue();
        assertThat(i.resultReported()).isTrue();
        InitiativeFact filled = new InitiativeFact("7-1", "7-1-1", target(Comparison.AT_LEAST, "80"), AT_MOST_FIFTY,
                percent("50"), true, " ", "①", "ア", "○", "課題", "改善策");
        assertThat(filled.issuesMissing()).isFalse();
        assertThat(filled.improvementsMissing()).isFalse();
        assertThat(filled.resultReported()).isFalse();
        InitiativeFact nulls = new InitiativeFact("7-1", "7-1-1", target(Comparison.AT_LEAST, "80"), AT_MOST_FIFTY,
                percent("50"), true, null, "①", "ア", "○", null, null);
        assertThat(nulls.issuesMissing()).isTrue();
        assertThat(nulls.improvementsMissing()).isTrue();
        assertThat(nulls.resultReported()).isFalse();
    }

    @Test
    void isLocatedAsTheContractWritesIt() {
        assertThat(initiative(target(Comparison.AT_LEAST, "80"), percent("50")).location())
                .isEqualTo("strategies/7-1/initiatives/7-1-1");
    }
}
