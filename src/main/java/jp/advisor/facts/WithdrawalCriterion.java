package jp.advisor.facts;

/**
 * A withdrawal criterion (撤退基準) read from its sentence, e.g. 「50%以下の場合事業再構築」.
 *
 * @param text        the sentence as written
 * @param comparison  the comparator (「下回った」 → LESS_THAN, 「以下」 → AT_MOST …), null when not read
 * @param value       the threshold, null when not read
 * @param unit        the unit of the threshold
 * @param actionText  the part of the sentence that names what happens (「事業を再構築する」); the rule files
 *                    map it to an action code
 * @param qualitative true for a criterion that is a yes/no fact, not a number (「体制作りが出来ない場合」)
 * @param problem     why the sentence could not be read exactly (Japanese), or null
 */
public record WithdrawalCriterion(String text, Comparison comparison, Double value, String unit, String actionText,
                                  boolean qualitative, String problem) {

    public boolean readable() {
        return value != null && comparison != null && !qualitative;
    }

    public boolean sameUnitAs(Measure measure) {
        return readable() && measure != null && measure.readable() && unit.equals(measure.unit());
    }

    public boolean isTriggeredBy(Measure measure) {
        return sameUnitAs(measure) && comparison.test(measure.number(), value);
    }

    public String display() {
        return value == null ? text : Numbers.show(value, unit) + comparison.ja();
    }
}
