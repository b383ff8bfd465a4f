package jp.advisor.facts;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as staff wrote it (「54.1%」「５０％」「星二つ」「51.4万件」), read into a number and a unit.
 *
 * @param text    the text exactly as written
 * @param number  the number read, or null when the text could not be read exactly
 * @param unit    the unit read ("%", "件", "名", "星", "点", "回", "倍", ...), or "" for a bare number
 * @param problem why the text could not be read (Japanese), or null when it was read
 */
public record Measure(String text, Double number, String unit, String problem) {

    public static Measure of(String text, double number, String unit) {
        return new Measure(text, number, unit, null);
    }

    public static Measure unreadable(String text, String problem) {
        return new Measure(text, null, null, problem);
    }

    public boolean readable() {
        return number != null;
    }

    /** The value in a normalised form for explanations, e.g. 「32.0%」 stays 「32.0%」, 「５０％」 becomes 「50%」. */
    public String display() {
        if (number == null) {
            return text;
        }
        // Keep the precision staff wrote (「32.0%」 stays 32.0%), when the text holds the number as digits.
        Matcher digits = DIGITS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (digits.find()) {
            String literal = digits.group().replace(",", "");
            if (new BigDecimal(literal).compareTo(BigDecimal.valueOf(number)) == 0 && !"星".equals(unit)) {
                return literal + unit;
            }
        }
        return Numbers.show(number, unit);
    }

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
}
