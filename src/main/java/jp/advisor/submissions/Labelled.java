package jp.advisor.submissions;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A code with its Japanese word, read from either (as {@code jp.advisor.users.Role.read} reads roles). */
interface Labelled {

    String name();

    /** The Japanese word, e.g. 差戻し. */
    String ja();

    /**
     * {@code RETURNED}, {@code returned} or {@code 差戻し}; anything else is an {@link IllegalArgumentException} naming
     * the known ones, in Japanese and English ({@code whatJa} / {@code whatEn} say what was asked for).
     */
    static <E extends Enum<E> & Labelled> E read(Class<E> type, String word, String whatJa, String whatEn) {
        String w = word == null ? "" : word.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(w.toUpperCase(Locale.ROOT)) || e.ja().equals(w)) {
                return e;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(e -> e.ja() + " " + e.name())
                .collect(Collectors.joining("、"));
        throw new IllegalArgumentException(whatJa + "「" + w + "」はありません（" + known + "） / no " + whatEn + " \""
                + w + "\": use one of " + known);
    }
}
