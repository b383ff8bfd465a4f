package jp.advisor.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shows numbers in explanations the way the sheets write them: no needless zeros, at most two decimals. */
public final class Numbers {

    private Numbers() {
    }

    public static String show(double number) {
        BigDecimal rounded = BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    public static String show(double number, String unit) {
        String n = show(number);
        if (unit == null || unit.isEmpty()) {
            return n;
        }
        return "星".equals(unit) ? "星" + n + "つ" : n + unit;
    }

    /** A Gregorian fiscal year as the sheets name it: 2017 → 「平成29年度」, 2019 → 「令和元年度」. */
    public static String fiscalYearJa(int fiscalYear) {
        // May 1st: FY2019 is named 令和元年度 although April 2019 was still 平成.
        java.time.chrono.JapaneseDate date = java.time.chrono.JapaneseDate.of(fiscalYear, 5, 1);
        String era = date.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        int year = date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return era + (year == 1 ? "元" : String.valueOf(year)) + "年度";
    }

    /** Rounds to one decimal, as trajectory points are reported (44.6%). */
    public static double oneDecimal(double number) {
        return BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
