package jp.advisor.facts;

import java.math.BigDecimal;

/**
 * A withdrawal criterion (撤退基準) read from its sentence, e.g. 「50%以下の場合事業再構築」「目標値の半分未満の場合」.
 *
 * @param text        the sentence as written
 * @param comparison  the comparator (「下回った」 → LESS_THAN, 「以下」 → AT_MOST …), null when not read
 * @param value       the threshold, exact; null when not read, or not yet known (a threshold relative to the target
 *                    or to last year is known once those are read, see {@link #against})
 * @param unit        the unit of the threshold
 * @param actionText  the part of the sentence that names what happens (「事業を再構築する」); the rule files
 *                    map it to an action code
 * @param qualitative true for a criterion that is a yes/no fact, not a number (「体制作りが出来ない場合」)
 * @param problem     why the sentence could not be read exactly (Japanese), or null
 * @param basis       what the threshold is stated against: a number in the sentence, the target (「目標値の5割」) or
 *                    last year's value (「前年度実績の8割」「前年度を下回った場合」)
 * @param fraction    the share of that basis (「半分」 → 0.5, 「5割」 → 0.5, 「80%」 → 0.8), 1 when the basis itself
 * @param written     how the threshold is written when it is not a plain number (「目標値の半分」「7割」), or null
 */
public record WithdrawalCriterion(String text, Comparison comparison, BigDecimal value, String unit, String actionText,
                                  boolean qualitative, String problem, Basis basis, BigDecimal fraction,
                                  String written) implements InUnit<WithdrawalCriterion> {

    /** A criterion whose threshold is a number stated in the sentence. */
    public WithdrawalCriterion(String text, Comparison comparison, BigDecimal value, String unit, String actionText,
                               boolean qualitative, String problem) {
        this(text, comparison, value, unit, actionText, qualitative, problem, Basis.STATED, BigDecimal.ONE, null);
    }

    public boolean readable() {
        return value != null && comparison != null && !qualitative;
    }

    /**
     * This criterion with its threshold known: one stated against the target or last year's value takes that value
     * times its fraction, exactly, or becomes unreadable with the reason when the basis cannot be read.
     */
    public WithdrawalCriterion against(Target target, Measure previous) {
        if (basis == Basis.STATED || value != null || problem != null || comparison == null) {
            return this;
        }
        if (basis == Basis.TARGET) {
            if (target == null || !target.readable()) {
                return unreadable("目標値を基準にした撤退基準ですが、目標を数値として読めません"
                        + (target == null || target.problem() == null ? "" : "（" + target.problem() + "）"));
            }
            return resolved(target.value(), target.unit(), target.display());
        }
        if (previous == null || previous.text() == null || previous.text().isBlank()) {
            return unreadable("前年度の値を基準にした撤退基準ですが、前年度の値が記載されていません");
        }
        if (!previous.readable()) {
            return unreadable("前年度の値を基準にした撤退基準ですが、前年度の値「" + previous.text() + "」を数値として読めません（"
                    + previous.problem() + "）");
        }
        return resolved(previous.number(), previous.unit(), previous.display());
    }

    private WithdrawalCriterion resolved(BigDecimal base, String baseUnit, String baseShown) {
        BigDecimal threshold = base.multiply(fraction).stripTrailingZeros();
        String shown = basis.ja() + "（" + baseShown + "）" + (fraction.compareTo(BigDecimal.ONE) == 0 ? "" : "の" + written);
        return new WithdrawalCriterion(text, comparison, threshold, baseUnit, actionText, false, null, basis, fraction,
                shown);
    }

    private WithdrawalCriterion unreadable(String reason) {
        return new WithdrawalCriterion(text, null, null, null, actionText, false, reason, basis, fraction, written);
    }

    /** The same criterion compared in the measured value's unit, for counters the units table counts alike. */
    public WithdrawalCriterion inUnit(String compareUnit) {
        return new WithdrawalCriterion(text, comparison, value, compareUnit, actionText, qualitative, problem, basis,
                fraction, written != null ? written : Numbers.show(value, unit));
    }

    public boolean sameUnitAs(Measure measure) {
        return readable() && measure != null && measure.readable() && unit.equals(measure.unit());
    }

    public boolean isTriggeredBy(Measure measure) {
        return sameUnitAs(measure) && comparison.test(measure.number(), value);
    }

    /** 「50%以下」「7割（70%）未満」「目標値（60%以上）の半分（30%）未満」. */
    public String display() {
        if (value == null) {
            return text;
        }
        if (basis != Basis.STATED && fraction.compareTo(BigDecimal.ONE) == 0) {
            return written + comparison.ja(); // 「前年度（47.4%）未満」
        }
        return Numbers.showWritten(written, value, unit) + comparison.ja();
    }
}
