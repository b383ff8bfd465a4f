package jp.advisor.reading;

import java.util.List;

import jp.advisor.facts.Measure;

/** Reads a value as staff write it: exactly one value with its unit, or unreadable with the reason. */
final class MeasureReader {

    private MeasureReader() {
    }

    static Measure read(String text) {
        if (text == null || text.isBlank()) {
            return Measure.unreadable(text, Problems.BLANK);
        }
        List<ValueScanner.Mention> values = ValueScanner.distinct(ValueScanner.scan(NormalisedText.of(text).text()));
        if (values.isEmpty()) {
            return Measure.unreadable(text, "数値がありません。定性的な記述のため、人が判断します");
        }
        if (values.size() > 1) {
            return Measure.unreadable(text, "数値が複数あり（" + Problems.list(values)
                    + "）、どれを実績値とするか決められません");
        }
        ValueScanner.Mention v = values.get(0);
        String problem = Problems.ofValue(v, "実績値");
        if (problem == null && v.comparator() != null) {
            problem = "「" + v.written() + "」は範囲で書かれており、実績値が一つに決まりません";
        }
        return problem != null ? Measure.unreadable(text, problem) : Measure.of(text, v.number().doubleValue(), v.unit());
    }
}
