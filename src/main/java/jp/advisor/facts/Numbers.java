package jp.advisor.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Shows numbers in explanations the way the sheets write them: no needless zeros, at most two decimals. */
public final class Numbers {

    private Numbers() {
    }

    /** Exact arithmetic for computed thresholds (a trajectory point, a fraction of a target): 34 digits. */
    public static final MathContext EXACT = MathContext.DECIMAL128;
    /** Zero, for rules that start a line at nothing (a cumulative target's first year). */
    public static final BigDecimal ZERO = BigDecimal.ZERO;

    public static String show(double number) {
        return show(BigDecimal.valueOf(number));
    }

    public static String show(BigDecimal number) {
        if (number == null) {
            return "（なし）";
        }
        BigDecimal rounded = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    public static String show(double number, String unit) {
        return show(BigDecimal.valueOf(number), unit);
    }

    public static String show(BigDecimal number, String unit) {
        String n = show(number);
        if (unit == null || unit.isEmpty()) {
            return n;
        }
        return "星".equals(unit) ? "星" + n + "つ" : n + unit;
    }

    /**
     * A threshold as explanations show it: as the sheet wrote it when that already shows the number (「50名」 compared as
     * 人), else written and compared side by side (「7割（70%）」); just the number when nothing else was written.
     */
    public static String showWritten(String written, BigDecimal number, String unit) {
        String compared = show(number, unit);
        if (written == null || written.startsWith(show(number))) {
            return written == null ? compared : written;
        }
        return written + "（" + compared + "）";
    }

    /** A Gregorian fiscal year as the sheets name it: 2017 → 「平成29年度」, 2019 → 「令和元年度」. */
    public static String fiscalYearJa(int fiscalYear) {
        return fiscalYear >= 1900 && fiscalYear <= 2200
                ? FISCAL_YEARS_JA.computeIfAbsent(fiscalYear, Numbers::nameFiscalYearJa)
                : nameFiscalYearJa(fiscalYear);
    }

    /**
     * Explanations name a year many times per sheet, and the era lookup is costly: each year is named once (years a
     * sheet may plausibly hold only, so that odd ones cannot grow the map).
     */
    private static final java.util.Map<Integer, String> FISCAL_YEARS_JA = new java.util.concurrent.ConcurrentHashMap<>();

    private static String nameFiscalYearJa(int fiscalYear) {
        // May 1st: FY2019 is named 令和元年度 although April 2019 was still 平成.
        java.time.chrono.JapaneseDate date = java.time.chrono.JapaneseDate.of(fiscalYear, 5, 1);
        String era = date.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        int year = date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return era + (year == 1 ? "元" : String.valueOf(year)) + "年度";
    }

    /**
     * The point {@code step} of {@code steps} along the straight line from {@code from} to {@code to}, exactly:
     * from + (to − from) × step ÷ steps. A trajectory's point for this year is {@code along(last year, target,
     * years to the deadline, 1)}; a cumulative target's share by this year is {@code along(0, target, years, years so far)}.
     */
    public static BigDecimal along(BigDecimal from, BigDecimal to, int steps, int step) {
        BigDecimal share = to.subtract(from).multiply(BigDecimal.valueOf(step))
                .divide(BigDecimal.valueOf(steps), EXACT);
        return from.add(share).stripTrailingZeros();
    }

    /** Rounds to one decimal, as trajectory points are reported (44.6%). */
    public static double oneDecimal(double number) {
        return BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
