package jp.advisor.reading;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.advisor.facts.Comparison;
import jp.advisor.facts.Target;

/** Reads a target sentence: one value, its comparator (or the implied 「reach」), and the deadline year. */
final class TargetReader {

    /** A target that is to go down; with no comparator written, 「reach at least」 would be the wrong direction. */
    private static final Pattern DOWNWARD = Pattern.compile("削減|減らす|減少|短縮|抑制|抑え|低減|下げ|少なく|縮減");

    private TargetReader() {
    }

    static Target read(String text) {
        if (text == null || text.isBlank()) {
            return Target.unreadable(text, Problems.BLANK);
        }
        String s = NormalisedText.of(text).text();
        List<DeadlineReader.YearMention> years = DeadlineReader.find(s);
        List<ValueScanner.Mention> values = ValueScanner.distinct(ValueScanner.scan(s));
        if (values.isEmpty()) {
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
            List<String> away = ComparatorWords.wordsIn(s);
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
        return new Target(text, comparison, implied, v.number().doubleValue(), v.unit(), deadline, false, null);
    }
}
