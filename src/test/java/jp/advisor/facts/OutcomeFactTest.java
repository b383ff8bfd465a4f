package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OutcomeFactTest {

    private static Measure count(String number) {
        return Measure.of(number + "件", new BigDecimal(number), "件");
    }

    private static Target capOnRunningTotal() {
        return new Target("（R2～R4累計）300件以下", Comparison.AT_MOST, false, new BigDecimal("300"), "件", 2022, false, null,
                "x", Basis.STATED, Aggregate.CUMULATIVE, 2020, null);
    }

    private static OutcomeFact outcome(Measure value, Target target, int fiscalYear) {
        return new OutcomeFact("7-1", 0, "件数", value, null, target, fiscalYear, "A");
    }

    @Test
    void isMetWhenTheValueMeetsTheTarget() {
        Target target = new Target("60%以上", Comparison.AT_LEAST, false, new BigDecimal("60"), "%", null, false, null);
        assertThat(outcome(Measure.of("60%", new BigDecimal("60"), "%"), target, 2016).met()).isTrue();
        assertThat(outcome(Measure.of("59%", new BigDecimal("59"), "%"), target, 2016).met()).isFalse();
    }

    @Test
    void doesNotCallACapOnARunningTotalMetBeforeItsPeriodIsOver() {
        assertThat(outcome(count("100"), capOnRunningTotal(), 2021).met()).isFalse();
        assertThat(outcome(count("300"), capOnRunningTotal(), 2022).met()).isTrue();
        assertThat(outcome(count("301"), capOnRunningTotal(), 2022).met()).isFalse();
    }

    @Test
    void callsARunningTotalThatIsToGrowMetAsSoonAsItIsReached() {
        Target total = new Target("（R2～R4累計）3,000件以上", Comparison.AT_LEAST, false, new BigDecimal("3000"), "件", 2022,
                false, null, "x", Basis.STATED, Aggregate.CUMULATIVE, 2020, null);
        assertThat(outcome(count("3000"), total, 2021).met()).isTrue();
    }

    @Test
    void callsAYearsCapMetBeforeItsDeadline() {
        Target cap = new Target("令和4年度までに300件以下", Comparison.AT_MOST, false, new BigDecimal("300"), "件", 2022,
                false, null);
        assertThat(outcome(count("300"), cap, 2021).met()).isTrue();
    }

    @Test
    void isComparableOnlyWithBothNumbersInOneUnit() {
        Target target = new Target("60%以上", Comparison.AT_LEAST, false, new BigDecimal("60"), "%", null, false, null);
        assertThat(outcome(Measure.of("60%", new BigDecimal("60"), "%"), target, 2016).comparable()).isTrue();
        assertThat(outcome(count("60"), target, 2016).comparable()).isFalse();
        assertThat(outcome(Measure.unreadable("約60%", "概数"), target, 2016).comparable()).isFalse();
        assertThat(outcome(Measure.of("60%", new BigDecimal("60"), "%"), Target.qualitative("x", "y"), 2016).comparable())
                .isFalse();
    }

    @Test
    void comparesLastYearOnlyWhenBothYearsAreNumbersInOneUnit() {
        Target t = capOnRunningTotal();
        assertThat(new OutcomeFact("7-1", 0, null, count("1"), count("2"), t, 2021, "A").previousComparable()).isTrue();
        assertThat(new OutcomeFact("7-1", 0, null, count("1"), null, t, 2021, "A").previousComparable()).isFalse();
        assertThat(new OutcomeFact("7-1", 0, null, count("1"), Measure.unreadable("—", "なし"), t, 2021, "A")
                .previousComparable()).isFalse();
        assertThat(new OutcomeFact("7-1", 0, null, Measure.unreadable("—", "なし"), count("2"), t, 2021, "A")
                .previousComparable()).isFalse();
        assertThat(new OutcomeFact("7-1", 0, null, count("1"), Measure.of("2%", BigDecimal.valueOf(2), "%"), t, 2021, "A")
                .previousComparable()).isFalse();
    }

    @Test
    void countsTheYearsOfAPeriodAndThoseSoFar() {
        OutcomeFact o = outcome(count("100"), capOnRunningTotal(), 2021);
        assertThat(o.deadline()).isEqualTo(2022);
        assertThat(o.periodStart()).isEqualTo(2020);
        assertThat(o.periodYears()).isEqualTo(3);
        assertThat(o.yearsSoFar()).isEqualTo(2);
        assertThat(o.baseYear()).isEqualTo(2020);
        assertThat(o.higherIsBetter()).isFalse();
    }

    @Test
    void startsALineLastYearAndEndsItThisYearWhenTheTargetNamesNoYears() {
        Target plain = new Target("60%以上", Comparison.AT_LEAST, false, new BigDecimal("60"), "%", null, false, null);
        OutcomeFact o = outcome(count("1"), plain, 2016);
        assertThat(o.deadline()).isEqualTo(2016);
        assertThat(o.periodStart()).isEqualTo(2015);
        assertThat(o.periodYears()).isEqualTo(2);
        assertThat(o.yearsSoFar()).isEqualTo(2);
        assertThat(o.higherIsBetter()).isTrue();
        assertThat(outcome(count("1"), Target.qualitative("x", "y"), 2016).higherIsBetter()).isTrue();
    }

    @Test
    void isLocatedAsTheContractWritesIt() {
        assertThat(new OutcomeFact("7-1", 2, null, count("1"), null, capOnRunningTotal(), 2021, "A").location())
                .isEqualTo("strategies/7-1/outcomes/2");
    }
}
