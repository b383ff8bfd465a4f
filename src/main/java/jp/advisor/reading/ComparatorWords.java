package jp.advisor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.advisor.facts.Comparison;

/**
 * The comparator words that follow a value: 「50%以上」「50%を下回った」「60%に満たない」. The meaning of each word is
 * fixed by the language, so it is read here; a negated form (「下回らない」「以上でない」) is reported as negated and
 * not turned around, so that a double reading cannot go wrong silently.
 */
final class ComparatorWords {

    /**
     * A comparator word found right after a value.
     *
     * @param comparison what it means, null when {@code negated}
     * @param word       the word as matched (「下回」「以下」)
     * @param negated    true for 「下回らない」「以上でない」 and the like
     * @param start      where the word starts in the normalised text
     * @param end        where the word (and its negation) ends
     */
    record Found(Comparison comparison, String word, boolean negated, int start, int end) {
    }

    private static final Pattern AFTER_VALUE = Pattern.compile(
            "[)」』\\]]?(?:を|に(?:は|も)?|が|は|も)?"
                    + "(以上|以下|以内|未満|超過|超え|超|上回|下回|満たな|満たず|満たさな|満たさず|満たせな|満たせず"
                    + "|届かな|届かず|届いていな|達しな|達せず|達していな)");

    /** The characters a match of AFTER_VALUE can start with. */
    private static final String AFTER_VALUE_FIRST = ")」』]をにがはも以未超上下満届達";

    private static final Pattern NEGATION_OF_BOUND = Pattern.compile(
            "(?:で(?:は)?(?:な|ありませ)|に(?:は)?(?:ならな|達しな|届かな|満たな)|と(?:は)?ならな)");
    private static final Pattern NEGATION_OF_EXCEED = Pattern.compile("(?:な|ず|ませ)");
    private static final Pattern NEGATION_OF_GO = Pattern.compile("(?:らな|らず|りませ)");

    /** Any comparator word anywhere, to notice one that is written away from its value. */
    private static final Pattern ANYWHERE = Pattern.compile("以上|以下|以内|未満|超え|超過|上回|下回|満たな|届かな");

    private ComparatorWords() {
    }

    /** The comparator written right after position {@code pos} (the end of a value and its unit), if any. */
    static Optional<Found> readAfter(String s, int pos) {
        if (!ValueScanner.startsWithAny(s, pos, AFTER_VALUE_FIRST)) {
            return Optional.empty(); // most values have no comparator: no matcher for them
        }
        Matcher m = AFTER_VALUE.matcher(s);
        m.region(pos, s.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String word = m.group(1);
        int end = m.end();
        Pattern negation = switch (word) {
            case "以上", "以下", "以内", "未満", "超" -> NEGATION_OF_BOUND;
            case "超え" -> NEGATION_OF_EXCEED;
            case "上回", "下回" -> NEGATION_OF_GO;
            default -> null;
        };
        if (negation != null) {
            Matcher n = negation.matcher(s);
            n.region(end, s.length());
            if (n.lookingAt()) {
                int e = n.end();
                while (e < s.length() && Character.UnicodeScript.of(s.charAt(e)) == Character.UnicodeScript.HIRAGANA) {
                    e++; // 「下回らな」→「下回らない」, so the problem quotes the whole word
                }
                return Optional.of(new Found(null, word, true, m.start(1), e));
            }
        }
        return Optional.of(new Found(meaning(word), word, false, m.start(1), end));
    }

    /** Every comparator word in {@code s}, wherever it stands. */
    static List<String> wordsIn(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = ANYWHERE.matcher(s);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static Comparison meaning(String word) {
        return switch (word) {
            case "以上" -> Comparison.AT_LEAST;
            case "以下", "以内" -> Comparison.AT_MOST;
            case "超過", "超え", "超", "上回" -> Comparison.MORE_THAN;
            default -> Comparison.LESS_THAN; // 未満, 下回, 満たない, 届かない, 達しない
        };
    }
}
