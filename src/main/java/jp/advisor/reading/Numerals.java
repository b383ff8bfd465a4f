package jp.advisor.reading;

import java.math.BigDecimal;

/**
 * The range of numbers the advisor reads. Every number is read exactly (BigDecimal), but a sheet value of more than
 * fifteen significant digits or of 1000兆 or more is not a value anyone reported: it is a typing slip or a code, and
 * judging with it would be judging with a guess. Such a number is refused with the reason, never rounded.
 */
final class Numerals {

    static final int MAX_DIGITS = 15;
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    private Numerals() {
    }

    /** Why {@code number} (as {@code written}) is outside the range read, or null when it is inside. */
    static String problem(BigDecimal number, String written) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.abs().compareTo(LIMIT) >= 0 || n.precision() > MAX_DIGITS) {
            return "数「" + written + "」は読める範囲（有効数字15桁まで、1000兆未満）を超えるため、正確な値として扱えません";
        }
        return null;
    }

    /** The number in its shortest exact form: 60.0 → 60, 1.20 → 1.2, 1E+3 → 1000 (scale never negative). */
    static BigDecimal exact(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}
