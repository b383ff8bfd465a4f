package jp.advisor.reading;

import jp.advisor.facts.Measure;
import jp.advisor.facts.Target;
import jp.advisor.facts.WithdrawalCriterion;

/**
 * Reads the Japanese of the sheets into values the rules can compare. Exactness over cleverness: whatever cannot be
 * read exactly (two values, 約, a state instead of a number) comes back unreadable or qualitative with a Japanese
 * {@code problem} that says why, never as a guess.
 */
public final class JapaneseReader {

    private JapaneseReader() {
    }

    /** A value as staff write it: 「54.1%」「５０％」「星二つ」「51.4万件」「大正区への愛着度 81.47%(…の平均)」. */
    public static Measure measure(String text) {
        return MeasureReader.read(text);
    }

    /** A target sentence: 「…割合：平成29年度までに60%以上」「星2つの評価を得る(平成28年度)」「…体制を作る。」. */
    public static Target target(String text) {
        return TargetReader.read(text);
    }

    /**
     * A 撤退基準 sentence: 「評価の割合が50%を下回った場合は、事業を再構築する。」「50%以下の場合事業再構築」.
     * {@code actionText} is the part after 場合(は) / であれば / れば / なら / たら / とき(は), as written: leading spaces
     * and 、 are dropped, a closing 。 is kept when the sheet has one.
     */
    public static WithdrawalCriterion withdrawal(String text) {
        return WithdrawalReader.read(text);
    }
}
