package jp.advisor.reading;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jp.advisor.facts.Measure;
import jp.advisor.facts.Target;
import jp.advisor.facts.WithdrawalCriterion;

/**
 * Reads the Japanese of the sheets into values the rules can compare. Exactness over cleverness: whatever cannot be
 * read exactly (two values, 約, a state instead of a number) comes back unreadable or qualitative with a Japanese
 * {@code problem} that says why, never as a guess.
 */
public final class JapaneseReader {

    /**
     * Sheets repeat their sentences (one strategy listed under several items, the same targets year after
     * year), and reading one costs tens of microseconds of normalising and scanning. Readings are pure and
     * immutable, so they are shared. Each cache is bounded and evicts the sentences least likely to come back
     * (Caffeine's W-TinyLFU), so a long-running service stays small without forgetting the common ones at once.
     */
    private static final int CACHE_BOUND = 20_000;
    private static final Cache<String, Measure> MEASURES = bounded();
    private static final Cache<String, Target> TARGETS = bounded();
    private static final Cache<String, WithdrawalCriterion> CRITERIA = bounded();

    private JapaneseReader() {
    }

    /** A value as staff write it: 「54.1%」「５０％」「星二つ」「51.4万件」「大正区への愛着度 81.47%(…の平均)」. */
    public static Measure measure(String text) {
        return cached(MEASURES, text, MeasureReader::read);
    }

    /** A target sentence: 「…割合：平成29年度までに60%以上」「星2つの評価を得る(平成28年度)」「…体制を作る。」. */
    public static Target target(String text) {
        return cached(TARGETS, text, TargetReader::read);
    }

    /**
     * A 撤退基準 sentence: 「評価の割合が50%を下回った場合は、事業を再構築する。」「50%以下の場合事業再構築」.
     * {@code actionText} is the part after 場合(は) / であれば / れば / なら / たら / とき(は), as written: leading spaces
     * and 、 are dropped, a closing 。 is kept when the sheet has one.
     */
    public static WithdrawalCriterion withdrawal(String text) {
        return cached(CRITERIA, text, WithdrawalReader::read);
    }

    /** The units values are read in (「名」「世帯」「%」…, "" for a bare number), for the units table to name. */
    public static java.util.Set<String> units() {
        return ValueScanner.units();
    }

    /**
     * Empties the caches, so that the next readings are made afresh. For the readers' tests: a reading cached by an
     * earlier test would otherwise hide the reader's code from a later one (and, under mutation testing, carry one
     * mutant's reading into the next).
     */
    static void forgetReadings() {
        MEASURES.invalidateAll();
        TARGETS.invalidateAll();
        CRITERIA.invalidateAll();
    }

    private static <T> Cache<String, T> bounded() {
        return Caffeine.newBuilder().maximumSize(CACHE_BOUND).build();
    }

    private static <T> T cached(Cache<String, T> cache, String text, Function<String, T> read) {
        return text == null ? read.apply(null) : cache.get(text, read);
    }
}
