package jp.advisor.reading;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A sentence in one canonical form for matching (NFKC, no extraction spaces, no thousands separators), that
 * remembers where each character came from so that a part of it (an action) can be given back as written.
 *
 * @param original the text as given
 * @param text     the normalised text
 * @param offsets  for each character of {@code text}, its offset in {@code original}; one more entry at the end
 *                 holding {@code original.length()}
 */
record NormalisedText(String original, String text, int[] offsets) {

    static NormalisedText of(String original) {
        Builder mapped = new Builder(original.length());
        int i = 0;
        while (i < original.length()) {
            int j = i + Character.charCount(original.codePointAt(i));
            // Keep a base character with its combining marks so NFKC can compose ｶﾞ → ガ.
            while (j < original.length() && isCombining(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            char mappedChar = j == i + 1 ? single(original.charAt(i)) : NOT_SINGLE;
            if (mappedChar != NOT_SINGLE) {
                mapped.append(mappedChar, i);
            } else {
                mapped.append(map(original.substring(i, j)), i);
            }
            i = j;
        }
        Builder spaced = dropSpaces(mapped);
        Builder plain = dropThousandsSeparators(spaced);
        return plain.build(original);
    }

    /** Where in the original the normalised character at {@code index} begins. */
    int originalOffset(int index) {
        return offsets[index];
    }

    /** The original text from the character at normalised {@code index} to the end. */
    String originalFrom(int index) {
        return original.substring(offsets[index]);
    }

    /** The original text before the character at normalised {@code index}. */
    String originalBefore(int index) {
        return original.substring(0, offsets[index]);
    }

    /**
     * What {@link #map} makes of one character standing alone, remembered per character: normalising each character
     * of each sentence anew was a third of the reading's time. An entry is 0 until first asked (the char 0 itself is
     * never remembered), or {@link #NOT_SINGLE} when the mapping is not one character. Racing threads write the same
     * value, and a char is written whole.
     */
    private static final char[] SINGLE = new char[Character.MAX_VALUE + 1];
    private static final char NOT_SINGLE = '\uFFFF';

    /** {@code map(String.valueOf(c))} when that is one character, else {@link #NOT_SINGLE}. */
    static char single(char c) {
        char known = SINGLE[c];
        if (known != 0) {
            return known;
        }
        if (c == 0 || c == NOT_SINGLE || Character.isSurrogate(c)) {
            return NOT_SINGLE;
        }
        String mapped = map(String.valueOf(c));
        char result = mapped.length() == 1 && mapped.charAt(0) != 0 ? mapped.charAt(0) : NOT_SINGLE;
        SINGLE[c] = result;
        return result;
    }

    private static String map(String group) {
        int cp = group.codePointAt(0);
        // List markers (①, ㊦ for an extracted ㋐, ⑴) are not values; NFKC would turn them into digits or 下.
        if ((cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x3200 && cp <= 0x32FE)) {
            return " ";
        }
        if (cp == 0x301C || cp == 0x2053) { // 〜 is left alone by NFKC, ～ becomes ~
            return "~";
        }
        if (cp == 0x2212 || (cp >= 0x2010 && cp <= 0x2013)) {
            return "-";
        }
        return Normalizer.normalize(group, Normalizer.Form.NFKC);
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == 0xFF9E || cp == 0xFF9F;
    }

    static boolean isSpace(char c) {
        if ((c > ' ' && c < 0x7F) || (c > 0x3000 && c <= 0x9FFF)) {
            return false; // ASCII letters, kana and kanji: most of a sentence, and none of them a space or format char
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * PDF extraction puts spaces anywhere (「H29年度まで に」「ま でに」). Japanese needs none, so drop them — except
     * between two digits, where joining would make one wrong number of two.
     */
    private static Builder dropSpaces(Builder in) {
        Builder out = new Builder(in.length());
        int n = in.length();
        for (int k = 0; k < n; k++) {
            char c = in.charAt(k);
            if (!isSpace(c)) {
                out.append(c, in.offset(k));
                continue;
            }
            int r = k;
            while (r < n && isSpace(in.charAt(r))) {
                r++;
            }
            if (out.length() > 0 && isDigit(out.charAt(out.length() - 1)) && r < n && isDigit(in.charAt(r))) {
                out.append(' ', in.offset(k));
            }
            k = r - 1;
        }
        return out;
    }

    /** 2,212 → 2212 and 1,234,567 → 1234567; a comma not followed by exactly three digits stays. */
    private static Builder dropThousandsSeparators(Builder in) {
        Builder out = new Builder(in.length());
        int n = in.length();
        for (int k = 0; k < n; k++) {
            char c = in.charAt(k);
            boolean separator = c == ',' && k > 0 && isDigit(in.charAt(k - 1)) && digitsAt(in, k + 1, 3)
                    && !(k + 4 < n && isDigit(in.charAt(k + 4)));
            if (!separator) {
                out.append(c, in.offset(k));
            }
        }
        return out;
    }

    private static boolean digitsAt(Builder in, int from, int count) {
        if (from + count > in.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!isDigit(in.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A string being built together with the original offset of each character. */
    private static final class Builder {
        private final StringBuilder chars;
        private int[] offsets;

        /** Sized for {@code expected} characters, the usual length, so that neither array is copied to grow. */
        Builder(int expected) {
            chars = new StringBuilder(Math.max(16, expected));
            offsets = new int[Math.max(16, expected)];
        }

        void append(String s, int offset) {
            for (int k = 0; k < s.length(); k++) {
                append(s.charAt(k), offset);
            }
        }

        void append(char c, int offset) {
            if (chars.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[chars.length()] = offset;
            chars.append(c);
        }

        int length() {
            return chars.length();
        }

        char charAt(int k) {
            return chars.charAt(k);
        }

        int offset(int k) {
            return offsets[k];
        }

        NormalisedText build(String original) {
            int[] result = Arrays.copyOf(offsets, chars.length() + 1);
            result[chars.length()] = original.length();
            return new NormalisedText(original, chars.toString(), result);
        }
    }
}
