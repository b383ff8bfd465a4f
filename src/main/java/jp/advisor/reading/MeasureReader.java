package jp.advisor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.advisor.facts.Aggregate;
import jp.advisor.facts.Measure;

/**
 * Reads a value as staff write it: exactly one value with its unit, or unreadable with the reason. A cell that holds
 * this year's figure and a running total, each labelled (「今年度 812件（累計 2,630件）」), is read as both figures, for
 * the target to pick the kind it is stated in.
 */
final class MeasureReader {

    /** The words right before a figure that say what it counts; the nearest one before the figure wins. */
    private static final Pattern LABEL = Pattern.compile(
            "(累計|合計|総計|通算)|(今年度|本年度|単年度|当該年度|年間|\\d+年度|[RH]\\d{1,2}年度?|(?:令和|平成)(?:\\d{1,2}|元)年度)");
    /** How far before a figure its label may stand: 「累計で 2,630件」「R2~R4合計 8,412世帯」. */
    private static final int LABEL_REACH = 12;

    private MeasureReader() {
    }

    static Measure read(String text) {
        if (text == null || text.isBlank()) {
            return Measure.unreadable(text, Problems.BLANK);
        }
        String s = NormalisedText.of(text).text();
        List<ValueScanner.Mention> values = ValueScanner.distinct(ValueScanner.scan(s));
        if (values.isEmpty()) {
            return Measure.unreadable(text, "数値がありません。定性的な記述のため、人が判断します");
        }
        if (values.size() == 2) {
            Measure pair = labelledPair(text, s, values);
            if (pair != null) {
                return pair;
            }
        }
        if (values.size() > 1) {
            return Measure.unreadable(text, "数値が複数あり（" + Problems.list(values)
                    + "）、どれを実績値とするか決められません");
        }
        ValueScanner.Mention v = values.get(0);
        String problem = problem(v);
        if (problem != null) {
            return Measure.unreadable(text, problem);
        }
        Aggregate label = label(s, v, 0);
        return new Measure(text, v.number(), v.unit(), null, label, List.of());
    }

    /** This year's figure and a total, each labelled and readable: both kept, the cell itself left for a target to pick. */
    private static Measure labelledPair(String text, String s, List<ValueScanner.Mention> values) {
        List<Measure> figures = new ArrayList<>();
        int from = 0;
        for (ValueScanner.Mention v : values) {
            Aggregate label = label(s, v, from);
            if (label == null || problem(v) != null || figures.stream().anyMatch(f -> f.aggregate() == label)) {
                return null;
            }
            figures.add(new Measure(v.value(), v.number(), v.unit(), null, label, List.of()));
            from = v.end();
        }
        return new Measure(text, null, null, "今年度の値と" + Aggregate.CUMULATIVE.ja() + "の値（"
                + Problems.list(values) + "）が書かれており、目標がどちらの値か決められません", null, figures);
    }

    private static String problem(ValueScanner.Mention v) {
        String problem = Problems.ofValue(v, "実績値");
        if (problem == null && v.comparator() != null) {
            problem = "「" + v.written() + "」は範囲で書かれており、実績値が一つに決まりません";
        }
        return problem;
    }

    /** The label nearest before the figure, within reach and after {@code from} (the previous figure's end). */
    private static Aggregate label(String s, ValueScanner.Mention v, int from) {
        int begin = Math.max(from, v.start() - LABEL_REACH);
        Matcher m = LABEL.matcher(s).region(begin, v.start());
        Aggregate found = null;
        while (m.find()) {
            found = m.group(1) != null ? Aggregate.CUMULATIVE : Aggregate.YEAR;
        }
        return found;
    }
}
