package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeasureTest {

    private static final BigDecimal FIFTY = new BigDecimal("50");

    private static Measure percent(String number) {
        return Measure.of(number + "%", new BigDecimal(number), "%");
    }

    @Test
    void isReadableExactlyWhenItHasANumber() {
        assertThat(percent("50").readable()).isTrue();
        assertThat(Measure.unreadable("約50%", "概数").readable()).isFalse();
    }

    @Test
    void comparesWithAThresholdExactlyAndIncludesTheThresholdOnlyForAtLeastAndAtMost() {
        assertThat(percent("50").atLeast(FIFTY)).isTrue();
        assertThat(percent("49.9").atLeast(FIFTY)).isFalse();
        assertThat(percent("50").atMost(FIFTY)).isTrue();
        assertThat(percent("50.1").atMost(FIFTY)).isFalse();
        assertThat(percent("50").above(FIFTY)).isFalse();
        assertThat(percent("50.1").above(FIFTY)).isTrue();
        assertThat(percent("50").below(FIFTY)).isFalse();
        assertThat(percent("49.9").below(FIFTY)).isTrue();
    }

    @Test
    void comparesNothingWhenItOrTheThresholdIsMissing() {
        Measure unread = Measure.unreadable("—", "数値がありません");
        assertThat(unread.atLeast(FIFTY)).isFalse();
        assertThat(unread.atMost(FIFTY)).isFalse();
        assertThat(unread.above(FIFTY)).isFalse();
        assertThat(unread.below(FIFTY)).isFalse();
        assertThat(percent("50").atLeast(null)).isFalse();
        assertThat(percent("50").atMost(null)).isFalse();
        assertThat(percent("50").above(null)).isFalse();
        assertThat(percent("50").below(null)).isFalse();
    }

    @Test
    void isAboveOrBelowAnotherValueOnlyBeyondTheMargin() {
        Measure last = percent("50");
        assertThat(percent("51").above(last, 1.0)).isFalse();
        assertThat(percent("51.1").above(last, 1.0)).isTrue();
        assertThat(percent("49").below(last, 1.0)).isFalse();
        assertThat(percent("48.9").below(last, 1.0)).isTrue();
        assertThat(percent("50.1").above(last, 0.0)).isTrue();
        assertThat(percent("49.9").below(last, 0.0)).isTrue();
    }

    @Test
    void isAtLeastOrAtMostAnotherValueFromTheMarginOnIncludingIt() {
        Measure last = percent("50");
        assertThat(percent("51").atLeast(last, 1.0)).isTrue();
        assertThat(percent("50.9").atLeast(last, 1.0)).isFalse();
        assertThat(percent("49").atMost(last, 1.0)).isTrue();
        assertThat(percent("49.1").atMost(last, 1.0)).isFalse();
        Measure unread = Measure.unreadable("—", "数値がありません");
        assertThat(percent("60").atLeast(null, 0.0)).isFalse();
        assertThat(percent("40").atMost(unread, 0.0)).isFalse();
        assertThat(unread.atLeast(percent("40"), 0.0)).isFalse();
        assertThat(unread.atMost(percent("60"), 0.0)).isFalse();
    }

    @Test
    void isNeitherAboveNorBelowAValueThatIsMissingOrUnread() {
        Measure unread = Measure.unreadable("—", "数値がありません");
        assertThat(percent("60").above(null, 0.0)).isFalse();
        assertThat(percent("40").below(null, 0.0)).isFalse();
        assertThat(percent("60").above(unread, 0.0)).isFalse();
        assertThat(percent("40").below(unread, 0.0)).isFalse();
        assertThat(unread.above(percent("40"), 0.0)).isFalse();
        assertThat(unread.below(percent("60"), 0.0)).isFalse();
    }

    @Test
    void picksTheFigureOfTheKindAskedForFromATwoFigureCell() {
        Measure year = new Measure("今年度 812件", new BigDecimal("812"), "件", null, Aggregate.YEAR, List.of());
        Measure total = new Measure("累計 2,630件", new BigDecimal("2630"), "件", null, Aggregate.CUMULATIVE, List.of());
        Measure cell = new Measure("今年度 812件（累計 2,630件）", null, null, "二つ", null, List.of(year, total));

        assertThat(cell.figure(Aggregate.YEAR)).isSameAs(year);
        assertThat(cell.figure(Aggregate.CUMULATIVE)).isSameAs(total);
        assertThat(cell.figure(Aggregate.AVERAGE)).isNull();
    }

    @Test
    void isItsOwnFigureWhenLabelledThatKindAndAYearsFigureWhenUnlabelled() {
        Measure total = new Measure("累計 2,630件", new BigDecimal("2630"), "件", null, Aggregate.CUMULATIVE, List.of());
        Measure plain = Measure.of("812件", new BigDecimal("812"), "件");

        assertThat(total.figure(Aggregate.CUMULATIVE)).isSameAs(total);
        assertThat(total.figure(Aggregate.YEAR)).isNull();
        assertThat(plain.figure(Aggregate.YEAR)).isSameAs(plain);
        assertThat(plain.figure(Aggregate.CUMULATIVE)).isNull();
    }

    @Test
    void keepsNoFiguresWhenGivenNone() {
        assertThat(new Measure("50%", FIFTY, "%", null, null, null).figures()).isEmpty();
    }

    @Test
    void isComparedInAnotherUnitWithEverythingElseKept() {
        Measure m = new Measure("50名", FIFTY, "名", null, Aggregate.YEAR, List.of());
        assertThat(m.inUnit("人")).isEqualTo(new Measure("50名", FIFTY, "人", null, Aggregate.YEAR, List.of()));
    }

    @Test
    void showsTheNumberWithThePrecisionStaffWrote() {
        assertThat(Measure.of("32.0%", new BigDecimal("32.0"), "%").display()).isEqualTo("32.0%");
        assertThat(Measure.of("５０％", FIFTY, "%").display()).isEqualTo("50%");
        assertThat(Measure.of("2,212件", new BigDecimal("2212"), "件").display()).isEqualTo("2212件");
    }

    @Test
    void showsTheDigitsThatAreTheNumberNotAnEarlierOne() {
        Measure m = Measure.of("平成28年度末 2,212件", new BigDecimal("2212"), "件");
        assertThat(m.display()).isEqualTo("2212件");
    }

    @Test
    void showsANumberWrittenInKanjiOrWithBigUnitsAsDigits() {
        assertThat(Measure.of("51.4万件", new BigDecimal("514000"), "件").display()).isEqualTo("514000件");
        assertThat(Measure.of("星二つ", new BigDecimal("2"), "星").display()).isEqualTo("星2つ");
    }

    @Test
    void showsAStarGradeAsAStarGradeEvenWhenWrittenInDigits() {
        assertThat(Measure.of("星2つ", new BigDecimal("2"), "星").display()).isEqualTo("星2つ");
    }

    @Test
    void namesARunningTotalOrAnAverageInItsDisplayButNotAYearsFigure() {
        assertThat(new Measure("累計 2,630件", new BigDecimal("2630"), "件", null, Aggregate.CUMULATIVE, List.of())
                .display()).isEqualTo("累計2630件");
        assertThat(new Measure("平均 80%", new BigDecimal("80"), "%", null, Aggregate.AVERAGE, List.of())
                .display()).isEqualTo("平均80%");
        assertThat(new Measure("今年度 812件", new BigDecimal("812"), "件", null, Aggregate.YEAR, List.of())
                .display()).isEqualTo("812件");
    }

    @Test
    void showsAnUnreadValueAsWritten() {
        assertThat(Measure.unreadable("約50%", "概数").display()).isEqualTo("約50%");
    }
}
