package jp.advisor.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.advisor.facts.WithdrawalCriterion;

/**
 * Reads a withdrawal criterion (撤退基準): the condition before 場合 / であれば / れば / なら / とき, and the action after
 * it. The action is given back as written (only leading spaces and 、 trimmed; a closing 。 is kept if written) for the
 * rule files to map to an action code.
 */
final class WithdrawalReader {

    /** Where the condition ends and the action begins. Alternatives at one position: longest first. */
    private static final Pattern CONDITION_END = Pattern.compile(
            "場合(?:に)?(?:は)?|であれば|れば|なら(?:ば)?(?![なずぬ])|たら(?:ば)?(?![なず])|とき(?:に)?(?:は)?"
                    + "|時(?:に)?は|際(?:に)?は");

    private WithdrawalReader() {
    }

    static WithdrawalCriterion read(String text) {
        if (text == null || text.isBlank()) {
            return new WithdrawalCriterion(text, null, null, null, null, false, Problems.BLANK);
        }
        NormalisedText n = NormalisedText.of(text);
        String s = n.text();
        List<ValueScanner.Mention> all = ValueScanner.scan(s);
        // Look for the condition's end after the first value, so that a 場合 inside the condition's wording is not it.
        Matcher end = CONDITION_END.matcher(s);
        boolean split = end.find(all.isEmpty() ? 0 : all.get(0).end());
        String condition = split ? s.substring(0, end.start()) : s;
        String actionText = split ? action(n.originalFrom(end.end())) : null;

        List<ValueScanner.Mention> values = ValueScanner.distinct(ValueScanner.scan(condition));
        if (values.isEmpty()) {
            String written = (split ? n.originalBefore(end.start()) : text).strip();
            return new WithdrawalCriterion(text, null, null, null, actionText, true,
                    "数値の基準がなく、「" + written + "」に当たるかどうかは人が判断する事実です");
        }
        if (values.size() > 1) {
            return unreadable(text, actionText, "基準の数値が2つ以上あり（" + Problems.list(values)
                    + "）、どれで判定するか決められません");
        }
        ValueScanner.Mention v = values.get(0);
        String problem = Problems.ofValue(v, "基準値");
        if (problem != null) {
            return unreadable(text, actionText, problem);
        }
        if (v.comparator() == null) {
            return unreadable(text, actionText, "「" + v.written()
                    + "」の後に比較の言葉（以下・未満・下回る など）がなく、どちら向きの基準か読めません");
        }
        return new WithdrawalCriterion(text, v.comparator().comparison(), v.number().doubleValue(), v.unit(),
                actionText, false, actionText == null ? "基準の後に、何をするか（措置）が読み取れません" : null);
    }

    private static WithdrawalCriterion unreadable(String text, String actionText, String problem) {
        return new WithdrawalCriterion(text, null, null, null, actionText, false, problem);
    }

    /** The action as written: leading spaces and 、 / , dropped; trailing spaces dropped; 。 kept as written. */
    private static String action(String written) {
        String a = written.strip();
        while (!a.isEmpty() && "、，,　 ".indexOf(a.charAt(0)) >= 0) {
            a = a.substring(1).strip();
        }
        return a.isEmpty() ? null : a;
    }
}
