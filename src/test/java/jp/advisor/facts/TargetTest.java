package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TargetTest {

    private static final BigDecimal SIXTY = new BigDecimal("60");

    private static Target atLeastSixtyPercent() {
        return new Target("平成29年度までに60%以上", Comparison.AT_LEAST, false, SIXTY, "%", 2017, false, null);
    }

    private static Measure percent(String number) {
        return Measure.of(number + "%", new BigDecimal(number), "%");
    }

    @Test
    void isReadableOnlyWithAValueAComparatorAndNotQualitative() {
        assertThat(atLeastSixtyPercent().readable()).isTrue();
        assertThat(new Target("60%", null, false, SIXTY, "%", null, false, null).readable()).isFalse();
        assertThat(new Target("60%", Comparison.AT_LEAST, false, null, "%", null, false, null).readable()).isFalse();
        assertThat(new Target("60%", Comparison.AT_LEAST, false, SIXTY, "%", null, true, null).readable()).isFalse();
        assertThat(Target.qualitative("体制を作る", "状態").readable()).isFalse();
        assertThat(Target.unreadable("約60%", "概数").readable()).isFalse();
    }

    @Test
    void isMetByAValueInItsUnitThatPassesItsComparator() {
        assertThat(atLeastSixtyPercent().isMetBy(percent("60"))).isTrue();
        assertThat(atLeastSixtyPercent().isMetBy(percent("59.9"))).isFalse();
    }

    @Test
    void isNotMetByAValueInAnotherUnitOrUnread() {
        assertThat(atLeastSixtyPercent().isMetBy(Measure.of("60件", SIXTY, "件"))).isFalse();
        assertThat(atLeastSixtyPercent().isMetBy(Measure.unreadable("約60%", "概数"))).isFalse();
        assertThat(atLeastSixtyPercent().isMetBy(null)).isFalse();
        assertThat(atLeastSixtyPercent().sameUnitAs(percent("1"))).isTrue();
        assertThat(Target.unreadable("約60%", "概数").sameUnitAs(percent("60"))).isFalse();
    }

    @Test
    void takesLastYearsValueAsTheThresholdOfATargetRelativeToIt() {
        Target t = Target.relativeToPreviousYear("前年度を上回る", Comparison.MORE_THAN, null);
        Target known = t.against(Measure.of("47.4%", new BigDecimal("47.4"), "%"));

        assertThat(known.value()).isEqualByComparingTo("47.4");
        assertThat(known.unit()).isEqualTo("%");
        assertThat(known.comparison()).isEqualTo(Comparison.MORE_THAN);
        assertThat(known.basis()).isEqualTo(Basis.PREVIOUS_YEAR);
        assertThat(known.readable()).isTrue();
        assertThat(known.display()).isEqualTo("前年度（47.4%）超");
        assertThat(known.isMetBy(percent("47.5"))).isTrue();
        assertThat(known.isMetBy(percent("47.4"))).isFalse();
    }

    @Test
    void becomesUnreadableWhenLastYearsValueIsMissingOrUnread() {
        Target t = Target.relativeToPreviousYear("前年度を上回る", Comparison.MORE_THAN, null);

        assertThat(t.against(null).problem()).contains("記載されていません");
        assertThat(t.against(Measure.of(null, null, null)).problem()).contains("記載されていません");
        assertThat(t.against(Measure.of(" ", null, null)).problem()).contains("記載されていません");
        Target unread = t.against(Measure.unreadable("約47%", "概数です"));
        assertThat(unread.problem()).contains("「約47%」").contains("概数です");
        assertThat(unread.readable()).isFalse();
        assertThat(unread.comparison()).isNull();
    }

    @Test
    void leavesATargetStatedInItsSentenceAsItIs() {
        Target t = atLeastSixtyPercent();
        assertThat(t.against(percent("10"))).isSameAs(t);
        Target unread = Target.unreadable("約60%", "概数");
        assertThat(unread.against(percent("10"))).isSameAs(unread);
    }

    @Test
    void leavesATargetRelativeToLastYearAsItIsOnceItHasAValueOrAProblem() {
        Target known = Target.relativeToPreviousYear("前年度を上回る", Comparison.MORE_THAN, null)
                .against(percent("40"));
        assertThat(known.against(percent("10"))).isSameAs(known);
        Target refused = Target.relativeToPreviousYear("前年度を上回る", Comparison.MORE_THAN, null)
                .withProblem("否定");
        assertThat(refused.against(percent("10"))).isSameAs(refused);
    }

    @Test
    void isComparedInAnotherUnitShowingTheNumberAsWritten() {
        Target t = new Target("50名以上", Comparison.AT_LEAST, false, new BigDecimal("50"), "名", null, false, null);
        Target inPeople = t.inUnit("人");
        assertThat(inPeople.unit()).isEqualTo("人");
        assertThat(inPeople.value()).isEqualByComparingTo("50");
        assertThat(inPeople.display()).isEqualTo("50名以上");
        assertThat(inPeople.isMetBy(Measure.of("50人", new BigDecimal("50"), "人"))).isTrue();
    }

    @Test
    void keepsWhatTheSheetWroteWhenComparedInAnotherUnit() {
        Target t = new Target("7割以上", Comparison.AT_LEAST, false, new BigDecimal("70"), "%", null, false, null,
                "x", Basis.STATED, Aggregate.YEAR, null, "7割");
        assertThat(t.inUnit("%").written()).isEqualTo("7割");
    }

    @Test
    void showsTheValueAsWrittenBesideTheNumberCompared() {
        Target t = new Target("7割以上", Comparison.AT_LEAST, false, new BigDecimal("70"), "%", null, false, null,
                "x", Basis.STATED, Aggregate.YEAR, null, "7割");
        assertThat(t.display()).isEqualTo("7割（70%）以上");
    }

    @Test
    void showsNoComparatorWhenNoneWasWritten() {
        Target t = new Target("平成31年度までに70%", Comparison.AT_LEAST, true, new BigDecimal("70"), "%", 2019, false, null);
        assertThat(t.display()).isEqualTo("70%");
        assertThat(atLeastSixtyPercent().display()).isEqualTo("60%以上");
    }

    @Test
    void showsAnUnreadTargetAsWritten() {
        assertThat(Target.qualitative("体制を作る", "状態").display()).isEqualTo("体制を作る");
    }

    @Test
    void showsATargetOverAPeriodWithItsYearsAndWhatItCounts() {
        Target t = new Target("（R2～R4累計目標）3,000件以上", Comparison.AT_LEAST, false, new BigDecimal("3000"), "件",
                2022, false, null, "x", Basis.STATED, Aggregate.CUMULATIVE, 2020, null);
        assertThat(t.overPeriod()).isTrue();
        assertThat(t.display()).isEqualTo("令和2年度～令和4年度累計 3000件以上");
    }

    @Test
    void isOverAPeriodOnlyWithATotalOrAverageAndAFirstYear() {
        assertThat(atLeastSixtyPercent().overPeriod()).isFalse();
        Target totalSinceUnnamedYear = new Target("累計3,000件", Comparison.AT_LEAST, true, new BigDecimal("3000"), "件",
                null, false, null, "x", Basis.STATED, Aggregate.CUMULATIVE, null, null);
        assertThat(totalSinceUnnamedYear.overPeriod()).isFalse();
        assertThat(totalSinceUnnamedYear.display()).isEqualTo("3000件");
        Target yearWithStart = new Target("x", Comparison.AT_LEAST, false, SIXTY, "%", 2022, false, null, "x",
                Basis.STATED, Aggregate.YEAR, 2020, null);
        assertThat(yearWithStart.overPeriod()).isFalse();
    }

    @Test
    void keepsItsDeadlineAndPeriodButDropsItsThresholdWhenGivenAProblem() {
        Target t = atLeastSixtyPercent().withProblem("理由");
        assertThat(t.problem()).isEqualTo("理由");
        assertThat(t.value()).isNull();
        assertThat(t.comparison()).isNull();
        assertThat(t.deadlineFiscalYear()).isEqualTo(2017);
        assertThat(t.readable()).isFalse();
    }

    @Test
    void readsTheSameSubjectFromTwoStatementsOfOneTarget() {
        assertThat(Target.subjectOf("…職員の割合100%")).isEqualTo(Target.subjectOf("…職員の割合85%以上。"));
        assertThat(Target.subjectOf("平成29年度までに 職員の割合 60%以上")).isEqualTo("職員の割合");
        assertThat(Target.subjectOf(null)).isEmpty();
    }
}
