package jp.advisor.reading;

import java.util.OptionalLong;

/**
 * Reads kanji numerals: 二十 → 20, 百二十三 → 123, 五十万 → 500000, and digit-by-digit 二〇一六 → 2016.
 * A numeral that does not follow the usual order (二二十, 十百) is not read: it is not guessed.
 */
final class KanjiNumerals {

    static final String CHARS = "〇一二三四五六七八九十百千万億";

    private KanjiNumerals() {
    }

    static OptionalLong parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalLong.empty();
        }
        boolean positional = true;
        for (char c : s.toCharArray()) {
            if (CHARS.indexOf(c) < 0) {
                return OptionalLong.empty();
            }
            if (digit(c) < 0) {
                positional = false;
            }
        }
        return positional ? positional(s) : grouped(s);
    }

    private static OptionalLong positional(String s) {
        long value = 0;
        for (char c : s.toCharArray()) {
            value = value * 10 + digit(c);
        }
        return OptionalLong.of(value);
    }

    private static OptionalLong grouped(String s) {
        long total = 0;
        long section = 0;
        int digit = -1;
        long lastSmall = Long.MAX_VALUE; // 千 > 百 > 十 within a section
        long lastBig = Long.MAX_VALUE;   // 億 > 万
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return OptionalLong.empty();
                }
                digit = d;
                continue;
            }
            long small = small(c);
            if (small > 0) {
                if (small >= lastSmall || digit == 0) {
                    return OptionalLong.empty();
                }
                section += (digit < 0 ? 1 : digit) * small;
                lastSmall = small;
                digit = -1;
                continue;
            }
            long big = c == '万' ? 10_000L : 100_000_000L;
            section += Math.max(digit, 0);
            if (section == 0 || big >= lastBig) {
                return OptionalLong.empty();
            }
            total += section * big;
            lastBig = big;
            section = 0;
            digit = -1;
            lastSmall = Long.MAX_VALUE;
        }
        return OptionalLong.of(total + section + Math.max(digit, 0));
    }

    static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c);
    }

    private static long small(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
