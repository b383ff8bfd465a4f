package jp.advisor.reading;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fiscal year as the sheets write it (平成28年度, H28年度, H28, 令和5年度, R5, 令和元年度, 2016, ２０１６年度)
 * into the Gregorian year in which that fiscal year starts (April).
 */
public final class FiscalYears {

    private static final Pattern ERA_NAME = Pattern.compile("(平成|令和)(\\d{1,2}|元|[〇一二三四五六七八九十]+)(?:年度)?");
    private static final Pattern ERA_LETTER = Pattern.compile("([HhRr])(\\d{1,2})(?:年度)?");
    private static final Pattern GREGORIAN = Pattern.compile("([12]\\d{3})(?:年度)?");

    private FiscalYears() {
    }

    /**
     * @throws IllegalArgumentException for anything that is not one of the forms above, e.g. 「28年度」 (no era:
     *                                  which era is a guess), 「2016年」 (a calendar year, not a fiscal year)
     */
    public static int parse(String text) {
        if (text == null) {
            throw unreadable(null);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = ERA_NAME.matcher(s);
        if (m.matches()) {
            return fromEra("平成".equals(m.group(1)) ? JapaneseEra.HEISEI : JapaneseEra.REIWA, yearOfEra(m.group(2), text));
        }
        m = ERA_LETTER.matcher(s);
        if (m.matches()) {
            JapaneseEra era = Character.toUpperCase(m.group(1).charAt(0)) == 'H' ? JapaneseEra.HEISEI : JapaneseEra.REIWA;
            return fromEra(era, yearOfEra(m.group(2), text));
        }
        m = GREGORIAN.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        throw unreadable(text);
    }

    private static int yearOfEra(String written, String text) {
        if ("元".equals(written)) {
            return 1;
        }
        OptionalLong n = Character.isDigit(written.charAt(0))
                ? OptionalLong.of(Long.parseLong(written))
                : KanjiNumerals.parse(written).filter(b -> b.compareTo(java.math.BigDecimal.valueOf(9999)) <= 0)
                        .map(b -> OptionalLong.of(b.longValueExact())).orElse(OptionalLong.empty());
        if (n.isEmpty() || n.getAsLong() < 1) {
            throw unreadable(text);
        }
        return (int) n.getAsLong();
    }

    /**
     * The Gregorian year of year {@code yearOfEra} of {@code era}. Plans written before 2019 name years past the end
     * of 平成 (「平成32年度までに」 meant FY2020); the chronology rejects those, so they are counted on from the era's
     * first year, which is the same arithmetic.
     */
    static int fromEra(JapaneseEra era, int yearOfEra) {
        try {
            return JapaneseChronology.INSTANCE.prolepticYear(era, yearOfEra);
        } catch (DateTimeException pastTheEra) {
            return JapaneseDate.of(era, 1, 12, 31).get(ChronoField.YEAR) + yearOfEra - 1;
        }
    }

    private static IllegalArgumentException unreadable(String text) {
        return new IllegalArgumentException("年度を読めません: 「" + text + "」（例: 平成28年度, H28, 令和5年度, R5, 2016年度）"
                + " / cannot read a fiscal year from \"" + text
                + "\" (expected e.g. 平成28年度, H28, 令和5年度, R5, 2016年度)");
    }
}
