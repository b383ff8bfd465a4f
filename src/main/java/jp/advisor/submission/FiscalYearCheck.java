package jp.advisor.submission;

import java.text.Normalizer;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a {@code fiscalYear} can be read at all, so that a typo is refused when the file comes in. Only a gate for
 * {@link SubmissionReader}: the text is kept as written, and the rules read years on their own.
 */
final class FiscalYearCheck {

    // NFKC has already turned full-width digits and letters into ASCII; 年 or 年度 may follow.
    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})(?:年度?)?");
    private static final Pattern ERA = Pattern.compile("(\\p{IsHan}{2}|[A-Za-z])(\\d{1,2}|元)(?:年度?)?");

    private FiscalYearCheck() {
    }

    /** The Gregorian year in which the fiscal year starts (April), or empty when the text is not a year. */
    static OptionalInt startYear(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String year = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher gregorian = GREGORIAN.matcher(year);
        if (gregorian.matches()) {
            int value = Integer.parseInt(gregorian.group(1));
            return value >= 1868 ? OptionalInt.of(value) : OptionalInt.empty();
        }
        Matcher era = ERA.matcher(year);
        if (era.matches()) {
            int yearOfEra = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            for (JapaneseEra candidate : JapaneseEra.values()) {
                if (yearOfEra >= 1 && names(candidate, era.group(1))) {
                    // Not validated against the era's end: sheets written before 2019 say 「平成32年度」 for 2020.
                    return OptionalInt.of(JapaneseChronology.INSTANCE.prolepticYear(candidate, 1) + yearOfEra - 1);
                }
            }
        }
        return OptionalInt.empty();
    }

    private static boolean names(JapaneseEra era, String name) {
        return name.equals(era.getDisplayName(TextStyle.FULL, Locale.JAPANESE))
                || name.equalsIgnoreCase(era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH));
    }
}
