package jp.advisor.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.advisor.facts.Aggregate;

/**
 * Finds a period of fiscal years in a normalised target sentence — 「R2~R4」「令和2年度から令和4年度まで」「平成28~30年度」
 * 「2020~2022年度」 — and what the target counts over it: 累計・合計・総計・通算 (a running total) or 平均 (an average).
 * One period is one target due in its last year, not two deadlines.
 */
final class PeriodReader {

    /**
     * A period named in the sentence.
     *
     * @param first     the first fiscal year (Gregorian start year)
     * @param last      the last fiscal year, when the target is due
     * @param aggregate what the target counts over it, null when the sentence does not say
     * @param start     where the period is written in the normalised text
     * @param end       where it ends
     */
    record Period(int first, int last, Aggregate aggregate, int start, int end) {
    }

    private static final String N = "(\\d{1,4}|元|[〇一二三四五六七八九十]+)";
    private static final String TO = "(?:~|から|より)";
    private static final Pattern ERA_RANGE = Pattern.compile(
            "(令和|平成|[RH])" + N + "(?:年度)?(?:の)?" + TO + "(令和|平成|[RH])?" + N + "(?:年度)?(?![\\d.月日件人名%])(?:まで(?:の)?)?");
    private static final Pattern GREGORIAN_RANGE = Pattern.compile(
            "(?<![\\d.])([12]\\d{3})(?:年度)?" + TO + "([12]\\d{3})年度(?:まで(?:の)?)?");

    private PeriodReader() {
    }

    /** The period of the sentence, if it names one; empty when it names none or the years do not make a period. */
    static Optional<Period> find(String s) {
        if (s.indexOf('~') < 0 && !s.contains("から") && !s.contains("より")) {
            return Optional.empty(); // both ranges need a TO word: most sentences are not searched
        }
        Matcher m = ERA_RANGE.matcher(s);
        if (m.find()) {
            String firstEra = era(m.group(1));
            String lastEra = m.group(3) == null ? firstEra : era(m.group(3));
            Optional<Integer> first = year(firstEra, m.group(2));
            Optional<Integer> last = year(lastEra, m.group(4));
            if (first.isPresent() && last.isPresent() && first.get() < last.get()) {
                return Optional.of(new Period(first.get(), last.get(), aggregate(s), m.start(), m.end()));
            }
            return Optional.empty();
        }
        m = GREGORIAN_RANGE.matcher(s);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first < last) {
                return Optional.of(new Period(first, last, aggregate(s), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** 累計 … → CUMULATIVE, 平均 → AVERAGE, null when the sentence names neither (or both). */
    static Aggregate aggregate(String s) {
        boolean total = s.contains("累計") || s.contains("合計") || s.contains("総計") || s.contains("通算");
        boolean average = s.contains("平均");
        return total == average ? null : total ? Aggregate.CUMULATIVE : Aggregate.AVERAGE;
    }

    private static String era(String written) {
        return switch (written) {
            case "R", "令和" -> "令和";
            case "H", "平成" -> "平成";
            default -> "";
        };
    }

    private static Optional<Integer> year(String era, String number) {
        try {
            if (number.length() == 4 && number.chars().allMatch(Character::isDigit)) {
                return Optional.empty(); // 「令和2020」 is no year
            }
            return Optional.of(FiscalYears.parse(era + number + "年度"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
