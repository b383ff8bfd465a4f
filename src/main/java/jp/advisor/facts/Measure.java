package jp.advisor.facts;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as staff wrote it (「54.1%」「５０％」「星二つ」「51.4万件」「累計 2,630件」), read into an exact number and a unit.
 *
 * @param text      the text exactly as written
 * @param number    the number read, exact, or null when the text could not be read exactly
 * @param unit      the unit read ("%", "件", "名", "星", "点", "回", "倍", ...), or "" for a bare number
 * @param problem   why the text could not be read (Japanese), or null when it was read
 * @param aggregate what the figure counts when the text says so (「累計 2,630件」 → CUMULATIVE, 「今年度 812件」 →
 *                  YEAR), or null when the text does not say
 * @param figures   when the cell holds one figure of each kind (「今年度 812件（累計 2,630件）」): those figures, each
 *                  labelled; this measure itself is then unreadable until a target says which kind it is judged by.
 *                  Empty otherwise
 */
public record Measure(String text, BigDecimal number, String unit, String problem, Aggregate aggregate,
                      List<Measure> figures) implements InUnit<Measure> {

    public Measure {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public static Measure of(String text, BigDecimal number, String unit) {
        return new Measure(text, number, unit, null, null, List.of());
    }

    public static Measure unreadable(String text, String problem) {
        return new Measure(text, null, null, problem, null, List.of());
    }

    public boolean readable() {
        return number != null;
    }

    /**
     * The figure of the given kind: one of {@link #figures}, or this measure when it is labelled that kind, or — for a
     * year's figure — when it is not labelled at all. Null when the cell holds no figure of that kind.
     */
    public Measure figure(Aggregate kind) {
        if (!figures.isEmpty()) {
            return figures.stream().filter(f -> f.aggregate == kind).findFirst().orElse(null);
        }
        return aggregate == kind || aggregate == null && kind == Aggregate.YEAR ? this : null;
    }

    /** The same figure compared in another unit, for counters the units table (rules/units.csv) counts alike. */
    public Measure inUnit(String compareUnit) {
        return new Measure(text, number, compareUnit, problem, aggregate, figures);
    }

    /** value ≥ threshold, exactly. */
    public boolean atLeast(BigDecimal threshold) {
        return readable() && threshold != null && number.compareTo(threshold) >= 0;
    }

    /** value ≤ threshold, exactly. */
    public boolean atMost(BigDecimal threshold) {
        return readable() && threshold != null && number.compareTo(threshold) <= 0;
    }

    /** value > threshold, exactly. */
    public boolean above(BigDecimal threshold) {
        return readable() && threshold != null && number.compareTo(threshold) > 0;
    }

    /** value < threshold, exactly. */
    public boolean below(BigDecimal threshold) {
        return readable() && threshold != null && number.compareTo(threshold) < 0;
    }

    /** value > other + margin, exactly (「前年度値を誤差幅より大きく上回る」). */
    public boolean above(Measure other, double margin) {
        return readable() && other != null && other.readable()
                && number.compareTo(other.number.add(BigDecimal.valueOf(margin))) > 0;
    }

    /** value < other − margin, exactly. */
    public boolean below(Measure other, double margin) {
        return readable() && other != null && other.readable()
                && number.compareTo(other.number.subtract(BigDecimal.valueOf(margin))) < 0;
    }

    /** value ≥ other + margin, exactly: the boundary-inclusive neighbour of {@link #above(Measure, double)}. */
    public boolean atLeast(Measure other, double margin) {
        return readable() && other != null && other.readable()
                && number.compareTo(other.number.add(BigDecimal.valueOf(margin))) >= 0;
    }

    /** value ≤ other − margin, exactly: the boundary-inclusive neighbour of {@link #below(Measure, double)}. */
    public boolean atMost(Measure other, double margin) {
        return readable() && other != null && other.readable()
                && number.compareTo(other.number.subtract(BigDecimal.valueOf(margin))) <= 0;
    }

    /** The value in a normalised form for explanations, e.g. 「32.0%」 stays 「32.0%」, 「５０％」 becomes 「50%」. */
    public String display() {
        if (number == null) {
            return text;
        }
        String prefix = aggregate == Aggregate.CUMULATIVE || aggregate == Aggregate.AVERAGE ? aggregate.ja() : "";
        // Keep the precision staff wrote (「32.0%」 stays 32.0%), when the text holds the number as digits.
        // Most texts are already NFKC (ASCII digits): the check does not copy them as normalising does.
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher digits = DIGITS.matcher(normal);
        while (digits.find()) {
            String literal = digits.group().replace(",", "");
            if (new BigDecimal(literal).compareTo(number) == 0 && !"星".equals(unit)) {
                return prefix + literal + unit;
            }
        }
        return prefix + Numbers.show(number, unit);
    }

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
}
