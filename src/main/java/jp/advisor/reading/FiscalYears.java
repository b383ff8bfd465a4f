package jp.advisor.reading;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of fiscal years, for a submission's {@code fiscalYear} and for the years named in target sentences:
 * 平成28年度, H28年度, H28, 令和5年度, R5, 令和元年度, 平成二十八年度, 2016, 2016年度, ２０１６年度, 二〇一六年度, each into the
 * Gregorian year in which that fiscal year starts (April).
 */
public final class FiscalYears {

    /** The earliest year read: 平成元年. Earlier eras are not read, so neither are the Gregorian years they cover. */
    static final int FIRST_YEAR = 1989;

    // After NFKC, without blanks, kanji numerals as digits: an era name or letter, a number or 元, then 年度 or 年.
    private static final Pattern YEAR =
            Pattern.compile("(?:(?<name>\\p{IsHan}{2})|(?<letter>[A-Za-z]))?(?<number>\\d+|元)(?<suffix>年度|年)?");
    private static final Pattern KANJI_NUMBER = Pattern.compile("[〇一二三四五六七八九十百千]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String EXAMPLES_JA = "「平成28年度」「H28」「令和5年度」「R5」「2016」のように書いてください";
    private static final String EXAMPLES_EN = "write it like 平成28年度, H28, 令和5年度, R5 or 2016";

    private FiscalYears() {
    }

    /** A text that is not a fiscal year, with why in both languages. */
    public static final class Unreadable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String written;
        private final String reasonJa;
        private final String reasonEn;

        Unreadable(String written, String reasonJa, String reasonEn) {
            super("年度を読めません: 「" + written + "」（" + reasonJa + "） / cannot read a fiscal year from \""
                    + written + "\" (" + reasonEn + ")");
            this.written = written;
            this.reasonJa = reasonJa;
            this.reasonEn = reasonEn;
        }

        public String written() {
            return written;
        }

        /** Why, ending with how to write it instead (「…。「平成28年度」…のように書いてください」). */
        public String reasonJa() {
            return reasonJa;
        }

        public String reasonEn() {
            return reasonEn;
        }
    }

    /**
     * @throws Unreadable for anything that is not one of the forms above, e.g. 「28年度」 (no era: which era is a guess),
     *                    「2016年」 (a calendar year, not a fiscal year), 「昭和64年度」 (an era before 平成)
     */
    public static int parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Unreadable(text, "空です。" + EXAMPLES_JA, "it is empty; " + EXAMPLES_EN);
        }
        String s = digits(SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""));
        Matcher m = YEAR.matcher(s);
        if (!m.matches()) {
            throw new Unreadable(text, EXAMPLES_JA, EXAMPLES_EN);
        }
        String name = m.group("name");
        String letter = m.group("letter");
        String number = m.group("number");
        JapaneseEra era = null;
        if ("西暦".equals(name)) {
            name = null; // 西暦2016年度: the Gregorian year said in words
        }
        if (name != null || letter != null) {
            era = "平成".equals(name) || "H".equalsIgnoreCase(letter) ? JapaneseEra.HEISEI
                    : "令和".equals(name) || "R".equalsIgnoreCase(letter) ? JapaneseEra.REIWA : null;
            if (era == null) {
                String written = name != null ? name : letter;
                throw new Unreadable(text, "元号「" + written + "」は読めません。読める元号は平成（H）と令和（R）です。"
                        + EXAMPLES_JA, "the era " + written + " is not read, only 平成 (H) and 令和 (R); " + EXAMPLES_EN);
            }
        }
        if ("年".equals(m.group("suffix"))) {
            throw new Unreadable(text, "「年」は暦年を指します。年度は「2016年度」「平成28年度」のように「年度」と書くか、"
                    + "「2016」のように数字だけで書いてください",
                    "年 names a calendar year; write 年度 (2016年度, 平成28年度) or the number alone (2016)");
        }
        if (era != null) {
            int yearOfEra = "元".equals(number) ? 1 : number.length() <= 2 ? Integer.parseInt(number) : 0;
            if (yearOfEra < 1) {
                throw new Unreadable(text, "元号の年は 1（元）から 99 までです。" + EXAMPLES_JA,
                        "a year of an era runs from 1 (元) to 99; " + EXAMPLES_EN);
            }
            return fromEra(era, yearOfEra);
        }
        if (number.length() <= 2) {
            throw new Unreadable(text, "元号がなく、平成か令和か決められません。" + EXAMPLES_JA,
                    "no era, so 平成 or 令和 cannot be told; " + EXAMPLES_EN);
        }
        int year = number.length() == 4 ? Integer.parseInt(number) : 0;
        if (year < FIRST_YEAR) {
            throw new Unreadable(text, "西暦は " + FIRST_YEAR + "（平成元年）以降の4桁で書いてください。" + EXAMPLES_JA,
                    "a Gregorian year is four digits from " + FIRST_YEAR + " (平成元年) on; " + EXAMPLES_EN);
        }
        return year;
    }

    /** 平成二十八年度 → 平成28年度, 二〇一六年度 → 2016年度; a numeral out of the usual order is left to be refused. */
    private static String digits(String s) {
        Matcher m = KANJI_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, KanjiNumerals.parse(m.group()).map(java.math.BigDecimal::toPlainString)
                    .orElse(m.group()));
        }
        return m.appendTail(out).toString();
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
}
