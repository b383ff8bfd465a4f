package jp.advisor.policy.analysis;

import java.math.BigDecimal;

/**
 * The values between two ends; a null end is infinite (and never inclusive). Ends are exact decimals so that a
 * table's 0.1 and 0.10 are the same boundary and nothing is lost to binary rounding.
 */
record Interval(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    static final Interval ALL = new Interval(null, false, null, false);

    Interval {
        lowerInclusive = lower != null && lowerInclusive;
        upperInclusive = upper != null && upperInclusive;
    }

    boolean isEmpty() {
        if (lower == null || upper == null) {
            return false;
        }
        int c = lower.compareTo(upper);
        return c > 0 || c == 0 && !(lowerInclusive && upperInclusive);
    }

    boolean isAll() {
        return lower == null && upper == null;
    }

    boolean isPoint() {
        return lower != null && upper != null && lower.compareTo(upper) == 0 && lowerInclusive && upperInclusive;
    }

    Interval intersect(Interval o) {
        BigDecimal lo = lower;
        boolean loIn = lowerInclusive;
        if (lo == null || o.lower != null && o.lower.compareTo(lo) > 0) {
            lo = o.lower;
            loIn = o.lowerInclusive;
        } else if (o.lower != null && o.lower.compareTo(lo) == 0) {
            loIn = loIn && o.lowerInclusive;
        }
        BigDecimal hi = upper;
        boolean hiIn = upperInclusive;
        if (hi == null || o.upper != null && o.upper.compareTo(hi) < 0) {
            hi = o.upper;
            hiIn = o.upperInclusive;
        } else if (o.upper != null && o.upper.compareTo(hi) == 0) {
            hiIn = hiIn && o.upperInclusive;
        }
        return new Interval(lo, loIn, hi, hiIn);
    }

    boolean sameLower(Interval o) {
        return lower == null ? o.lower == null
                : o.lower != null && lower.compareTo(o.lower) == 0 && lowerInclusive == o.lowerInclusive;
    }

    boolean sameUpper(Interval o) {
        return upper == null ? o.upper == null
                : o.upper != null && upper.compareTo(o.upper) == 0 && upperInclusive == o.upperInclusive;
    }

    /** {@code [50, 60)}, {@code (-∞, 50)}, {@code [60, +∞)}, {@code ∅}. */
    String notation() {
        if (isEmpty()) {
            return "∅";
        }
        return (lowerInclusive ? "[" : "(") + (lower == null ? "-∞" : show(lower)) + ", "
                + (upper == null ? "+∞" : show(upper)) + (upperInclusive ? "]" : ")");
    }

    /** In staff's words: 「50以上60未満」「50超」「50ちょうど」「すべて」. */
    String ja() {
        if (isAll()) {
            return "すべて";
        }
        if (isPoint()) {
            return show(lower) + Op.EQ.ja;
        }
        return (lower == null ? "" : show(lower) + (lowerInclusive ? Op.GE.ja : Op.GT.ja))
                + (upper == null ? "" : show(upper) + (upperInclusive ? Op.LE.ja : Op.LT.ja));
    }

    /** "at least 50 and below 60", "above 50", "exactly 50", "any value". */
    String en() {
        if (isAll()) {
            return "any value";
        }
        if (isPoint()) {
            return Op.EQ.en + " " + show(lower);
        }
        String lo = lower == null ? null : (lowerInclusive ? Op.GE.en : Op.GT.en) + " " + show(lower);
        String hi = upper == null ? null : (upperInclusive ? Op.LE.en : Op.LT.en) + " " + show(upper);
        return lo == null ? hi : hi == null ? lo : lo + " and " + hi;
    }

    /** 50 for 50.0; scientific only when plain digits would run long (1E+400). */
    static String show(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < -20 || s.scale() > 20 ? s.toString() : s.toPlainString();
    }
}
