package jp.advisor.reading;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.advisor.facts.Basis;
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

    /** 「目標値の半分」「目標の5割」「前年度実績の80%」「目標値の2倍」「前年度」 before a comparator. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(目標値?|前年度?(?:の)?(?:実績値?|数値|値)?)(?:の(半分|半数|(\\d+(?:\\.\\d+)?)割|(\\d+(?:\\.\\d+)?)%"
                    + "|(\\d+)分の(\\d+)|(\\d+(?:\\.\\d+)?)倍))?(?=[をにがは]?(?:以下|未満|下回|満たな|満たず|届かな|届かず|達しな|達せず|以上|上回|超))");
    private static final String NO_ACTION = "基準の後に、何をするか（措置）が読み取れません";

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

        Matcher relative = RELATIVE.matcher(condition);
        if (relative.find()) {
            return relative(text, condition, relative, actionText);
        }
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
        String written = "%".equals(v.unit()) && v.value().contains("割") ? v.value() : null;
        return new WithdrawalCriterion(text, v.comparator().comparison(), v.number(), v.unit(), actionText, false,
                actionText == null ? NO_ACTION : null, Basis.STATED, BigDecimal.ONE, written);
    }

    /**
     * 「目標値の半分未満」「目標の5割未満」「前年度実績の8割を下回った」「前年度を下回った」: a share of the target or of last
     * year's value, whose number is known once those are read.
     */
    private static WithdrawalCriterion relative(String text, String condition, Matcher m, String actionText) {
        Basis basis = m.group(1).startsWith("目標") ? Basis.TARGET : Basis.PREVIOUS_YEAR;
        BigDecimal fraction;
        String written = m.group(2);
        if (written == null) {
            fraction = BigDecimal.ONE;
        } else if (written.startsWith("半")) {
            fraction = new BigDecimal("0.5");
        } else if (m.group(3) != null) {
            fraction = new BigDecimal(m.group(3)).movePointLeft(1);
        } else if (m.group(4) != null) {
            fraction = new BigDecimal(m.group(4)).movePointLeft(2);
        } else if (m.group(7) != null) {
            fraction = new BigDecimal(m.group(7)); // 「目標値の2倍以上」: a multiple, exactly as written
        } else {
            BigDecimal whole = new BigDecimal(m.group(5));
            if (whole.signum() == 0) {
                return unreadable(text, actionText, "「" + written + "」を割合として読めません");
            }
            BigDecimal part = new BigDecimal(m.group(6));
            try {
                fraction = part.divide(whole); // exact or refused: 3分の1 has no exact decimal
            } catch (ArithmeticException inexact) {
                return unreadable(text, actionText, "「" + written + "」は割り切れない割合のため、基準値を正確に決められません");
            }
        }
        java.util.Optional<ComparatorWords.Found> comparator = ComparatorWords.readAfter(condition, m.end());
        if (comparator.isEmpty()) {
            return unreadable(text, actionText, "「" + m.group() + "」の後に比較の言葉（以下・未満・下回る など）がなく、"
                    + "どちら向きの基準か読めません");
        }
        if (comparator.get().negated()) {
            return unreadable(text, actionText, "「" + condition.substring(m.start(), comparator.get().end())
                    + "」は否定の言い方のため、読み違いを避けて人が判断します");
        }
        return new WithdrawalCriterion(text, comparator.get().comparison(), null, null, actionText, false,
                actionText == null ? NO_ACTION : null, basis, fraction.stripTrailingZeros(), written);
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
