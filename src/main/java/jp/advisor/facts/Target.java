package jp.advisor.facts;

/**
 * A target read from a sheet's own sentence, e.g. 「…割合：平成29年度までに60%以上」.
 *
 * @param text               the sentence as written
 * @param comparison         the comparator read (以上 → AT_LEAST …); AT_LEAST when the sentence names none
 * @param comparisonImplied  true when the sentence names no comparator (「平成31年度までに70%」): a target
 *                           value is read as a level to reach, and explanations say so
 * @param value              the target value, null when not read
 * @param unit               the unit of the value ("%", "件", "星", ...)
 * @param deadlineFiscalYear the fiscal year by which it is to be reached (〜までに, 〜中, (平成28年度)),
 *                           or null when the sentence names none (then it is this year's target)
 * @param qualitative        true for a target that is a state, not a number (「体制を作る」「仕組みを立ち上げる」)
 * @param problem            why the sentence could not be read exactly (Japanese), or null
 * @param subject            what the target measures, worked out once from the text (see subjectOf)
 */
public record Target(String text, Comparison comparison, boolean comparisonImplied, Double value, String unit,
                     Integer deadlineFiscalYear, boolean qualitative, String problem, String subject) {

    /** The subject is worked out once here: review rules compare it in joins, many times per submission. */
    public Target(String text, Comparison comparison, boolean comparisonImplied, Double value, String unit,
                  Integer deadlineFiscalYear, boolean qualitative, String problem) {
        this(text, comparison, comparisonImplied, value, unit, deadlineFiscalYear, qualitative, problem, subjectOf(text));
    }

    public static Target qualitative(String text, String problem) {
        return new Target(text, null, false, null, null, null, true, problem);
    }

    public static Target unreadable(String text, String problem) {
        return new Target(text, null, false, null, null, null, false, problem);
    }

    public boolean readable() {
        return value != null && comparison != null && !qualitative;
    }

    /** True when the measure has a number in this target's unit. */
    public boolean sameUnitAs(Measure measure) {
        return readable() && measure != null && measure.readable() && unit.equals(measure.unit());
    }

    public boolean isMetBy(Measure measure) {
        return sameUnitAs(measure) && comparison.test(measure.number(), value);
    }

    /**
     * What a target measures, without its numbers, comparator, deadline, punctuation or spacing:
     * two sentences with the same subject state the same target (「…職員の割合100%」 and 「…職員の割合85%以上。」).
     */
    static String subjectOf(String text) {
        if (text == null) {
            return "";
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        s = s.replaceAll("(平成|令和|H|R)?[0-9０-９元]+年度(までに|まで|中に|中)?", "");
        s = s.replaceAll("[0-9.,]+", "").replaceAll("(以上|以下|未満|超える|超|パーセント)", "");
        return s.replaceAll("[\\s%％「」『』()（）、。・:：,.]", "");
    }

    public String display() {
        return value == null ? text : Numbers.show(value, unit) + (comparisonImplied ? "" : comparison.ja());
    }
}
