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

    /** Rounds to one decimal, as trajectory points are reported (44.6%). */
    public static double oneDecimal(double number) {
        return BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
