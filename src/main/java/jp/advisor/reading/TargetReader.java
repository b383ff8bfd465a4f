package jp.advisor.reading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.advisor.facts.Aggregate;
import jp.advisor.facts.Basis;
import jp.advisor.facts.Comparison;
import jp.advisor.facts.Target;

/**
 * Reads a target sentence: one value, its comparator (or the implied 「reach」), and the deadline year; or a comparison
 * with last year (「前年度を上回る」), whose threshold is last year's value; over a period of years (「R2~R4累計」) the
 * target is one total or average due in the period's last year.
 */
final class TargetReader {

    /** A target that is to go down; with no comparator written, 「reach at least」 would be the wrong direction. */
    static final Pattern DOWNWARD = Pattern.compile("削減|減らす|減少|短縮|抑制|抑え|低減|下げ|少なく|縮減");

    /**
     * 「前年度を上回る」「前年度実績より増加させる」「前年度以下に抑える」「前年度並みを維持」: last year named, then the word
     * that says which way. Group 1 is that word.
     */
    private static final Pattern PREVIOUS_YEAR = Pattern.compile(
            "前年度?(?:の)?(?:実績値?|数値|値|水準|件数|人数|割合)?(?:を|より|と比べて|に比べて?|から|と同じ|と|の)?(?:も)?"
                    + "(上回|下回|以上|以下|超え|未満|増加|増や|増|減少|減ら|減|上昇|低下|並み?|維持|同水準)");
    private static final Pattern NEGATED_AFTER = Pattern.compile("(?:らな|らず|りませ|さな|さず|しな|せず|でな|ではな)");

    private TargetReader() {
    }

    static Target read(String text) {
        if (text == null || text.isBlank()) {
            return Target.unreadable(text, Problems.BLANK);
        }
        String s = NormalisedText.of(text).text();
        Optional<PeriodReader.Period> period = PeriodReader.find(s);
        // The period's years are one target's span, not deadlines nor values: read the rest without them.
        String rest = period.map(p -> s.substring(0, p.start()) + " ".repeat(p.end() - p.start()) + s.substring(p.end()))
                .orElse(s);
        List<DeadlineReader.YearMention> years = DeadlineReader.find(rest);
        List<ValueScanner.Mention> values = ValueScanner.distinct(ValueScanner.scan(rest));
        if (values.isEmpty()) {
            Matcher previous = PREVIOUS_YEAR.matcher(s);
            if (previous.find()) {
                return relativeToPreviousYear(text, s, previous, years, period);
            }
            String year = years.isEmpty() ? "" : "（年度「" + years.get(0).written() + "」はありますが、目標値はありません）";
            return Target.qualitative(text, "数値の目標値がなく、状態を目標としています" + year + "。達成したかは人が判断します");
        }
        if (values.size() > 1) {
            return Target.unreadable(text, "目標が2つ以上書かれています（" + Problems.list(values)
                    + "）。どの目標で判定するか決められません");
        }
        ValueScanner.Mention v = values.get(0);
        String problem = Problems.ofValue(v, "目標値");
        if (problem != null) {
            return Target.unreadable(text, problem);
        }

        Comparison comparison;
        boolean implied = v.comparator() == null;
        if (implied) {
            List<String> away = ComparatorWords.wordsIn(rest);
            if (!away.isEmpty()) {
                return Target.unreadable(text, "比較の言葉「" + away.get(0) + "」が目標値「" + v.written()
                        + "」のすぐ後になく、何と比べるのか読めません");
            }
            if (DOWNWARD.matcher(s).find()) {
                return Target.unreadable(text, "減らす目標ですが「以下」などの比較の言葉がなく、どちら向きの目標か読めません");
            }
            comparison = Comparison.AT_LEAST; // 「70%」「星2つの評価を得る」: a level to reach
        } else {
            comparison = v.comparator().comparison();
        }

        List<DeadlineReader.YearMention> unread = years.stream().filter(y -> y.problem() != null).toList();
        if (!unread.isEmpty()) {
            return Target.unreadable(text, unread.get(0).problem());
        }
        List<Integer> deadlines = years.stream().map(DeadlineReader.YearMention::fiscalYear).filter(Objects::nonNull)
                .distinct().toList();
        if (deadlines.size() > 1) {
            return Target.unreadable(text, "期限の年度が2つ以上あります（"
                    + years.stream().map(DeadlineReader.YearMention::written).collect(Collectors.joining("、"))
                    + "）。どれが期限か決められません");
        }
        Integer deadline = deadlines.isEmpty() ? null : deadlines.get(0);
        String written = "%".equals(v.unit()) && v.value().contains("割") ? v.value() : null;
        Aggregate aggregate = Aggregate.YEAR;
        Integer periodStart = null;
        if (period.isPresent()) {
            PeriodReader.Period p = period.get();
            if (p.aggregate() == null) {
                return Target.unreadable(text, "期間「" + s.substring(p.start(), p.end())
                        + "」の目標ですが、累計・合計・平均のどれかが書かれておらず、何を比べるか決められません");
            }
            if (deadline != null && deadline != p.last()) {
                return Target.unreadable(text, "期間「" + s.substring(p.start(), p.end()) + "」のほかに期限の年度（"
                        + years.get(0).written() + "）があり、どれが期限か決められません");
            }
            deadline = p.last();
            aggregate = p.aggregate();
            periodStart = p.first();
        } else if (PeriodReader.aggregate(s) == Aggregate.CUMULATIVE) {
            // 「累計3,000件」 with no period: a total since some year the sentence does not name.
            aggregate = Aggregate.CUMULATIVE;
        }
        return new Target(text, comparison, implied, v.number(), v.unit(), deadline, false, null, Target.subjectOf(text),
                Basis.STATED, aggregate, periodStart, written);
    }

    /** 「前年度を上回る」: the threshold is last year's value; which way is the word's, or the sentence's (並み・維持). */
    private static Target relativeToPreviousYear(String text, String s, Matcher previous,
                                                 List<DeadlineReader.YearMention> years,
                                                 Optional<PeriodReader.Period> period) {
        String word = previous.group(1);
        if (NEGATED_AFTER.matcher(s).region(previous.end(), s.length()).lookingAt()) {
            int e = previous.end();
            while (e < s.length() && Character.UnicodeScript.of(s.charAt(e)) == Character.UnicodeScript.HIRAGANA) {
                e++;
            }
            return Target.unreadable(text, "「" + s.substring(previous.start(), e)
                    + "」は否定の言い方のため、読み違いを避けて人が判断します");
        }
        if (period.isPresent() || !years.isEmpty()) {
            String named = period.map(p -> s.substring(p.start(), p.end())).orElseGet(() -> years.get(0).written());
            return Target.unreadable(text, "前年度と比べる目標に年度「" + named
                    + "」も書かれており、どの年度の値と比べるか決められません");
        }
        Comparison comparison = switch (word) {
            case "上回", "超え", "増加", "増や", "増", "上昇" -> Comparison.MORE_THAN;
            case "以上" -> Comparison.AT_LEAST;
            case "下回", "未満", "減少", "減ら", "減", "低下" -> Comparison.LESS_THAN;
            case "以下" -> Comparison.AT_MOST;
            // 「前年度並みを維持」: no worse than last year, which is up unless the sentence says it goes down
            default -> DOWNWARD.matcher(s).find() ? Comparison.AT_MOST : Comparison.AT_LEAST;
        };
        return Target.relativeToPreviousYear(text, comparison, null);
    }
}
