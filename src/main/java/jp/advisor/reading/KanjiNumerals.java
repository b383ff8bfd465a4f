package jp.advisor.reading;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads kanji numerals: 二十 → 20, 百二十三 → 123, 五十万 → 500000, 一兆二千億 → 1200000000000, and digit-by-digit
 * 二〇一六 → 2016. A numeral that does not follow the usual order (二二十, 十百, 万億) is not read: it is not guessed.
 * Arithmetic is exact (BigDecimal), so a long numeral cannot overflow into a wrong number; whether it is in the range
 * the advisor reads is {@link Numerals#problem}'s call, not this class's.
 */
final class KanjiNumerals {

    static final String CHARS = "〇一二三四五六七八九十百千万億兆";
    /** The units that start a new group of four digits: a numeral cannot begin with one. */
    static final String BIG = "万億兆";

    private KanjiNumerals() {
    }

    static Optional<BigDecimal> parse(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        boolean positional = true;
        for (char c : s.toCharArray()) {
            if (CHARS.indexOf(c) < 0) {
                return Optional.empty();
            }
            if (digit(c) < 0) {
                positional = false;
            }
        }
        return (positional ? Optional.of(new BigDecimal(positionalDigits(s))) : grouped(s)).map(Numerals::exact);
    }

    private static String positionalDigits(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            digits.append((char) ('0' + digit(c)));
        }
        return digits.toString();
    }

    private static Optional<BigDecimal> grouped(String s) {
        BigDecimal total = BigDecimal.ZERO;
        long section = 0;          // at most 9999: small units only
        int digit = -1;
        long lastSmall = Long.MAX_VALUE; // 千 > 百 > 十 within a section
        int lastBig = Integer.MAX_VALUE; // 兆 > 億 > 万
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return Optional.empty();
                }
                digit = d;
                continue;
            }
            long small = small(c);
            if (small > 0) {
                if (small >= lastSmall || digit == 0) {
                    return Optional.empty();
                }
                section += (digit < 0 ? 1 : digit) * small;
                lastSmall = small;
                digit = -1;
                continue;
            }
            int big = bigExponent(c);
            section += Math.max(digit, 0);
            if (section == 0 || big >= lastBig) {
                return Optional.empty();
            }
            total = total.add(BigDecimal.valueOf(section).scaleByPowerOfTen(big));
            lastBig = big;
            section = 0;
            digit = -1;
            lastSmall = Long.MAX_VALUE;
        }
        return Optional.of(total.add(BigDecimal.valueOf(section + Math.max(digit, 0))));
    }

    static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c);
    }

    /** 万 → 4, 億 → 8, 兆 → 12: the power of ten of a big unit, also after Arabic digits (「1.2兆」). */
    static int bigExponent(char c) {
        return switch (c) {
            case '万' -> 4;
            case '億' -> 8;
            case '兆' -> 12;
            default -> throw new IllegalArgumentException("not a big unit: " + c);
        };
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
