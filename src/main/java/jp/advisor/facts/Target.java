package jp.advisor.facts;

import java.math.BigDecimal;
import java.util.regex.Pattern;

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
 * @param basis              what the threshold is stated against: a number in the sentence, or last year's value
 *                           (「前年度を上回る」), which {@link #against} fills in
 * @param aggregate          what the value counts: this year's figure, or a total or average over a period of years
 * @param periodStart        the first fiscal year of that period (「R2～R4累計」 → 2020), null for a year's target
 * @param written            the value as the sheet wrote it when it is compared otherwise (「7割」 read as 70%), or
 *                           last year's value as shown, for a target relative to it; null when it needs no mention
 */
public record Target(String text, Comparison comparison, boolean comparisonImplied, BigDecimal value, String unit,
                     Integer deadlineFiscalYear, boolean qualitative, String problem, String subject,
                     Basis basis, Aggregate aggregate, Integer periodStart, String written) implements InUnit<Target> {

    /** A target with a number stated in the sentence, for this year or by its deadline. */
    public Target(String text, Comparison comparison, boolean comparisonImplied, BigDecimal value, String unit,
                  Integer deadlineFiscalYear, boolean qualitative, String problem) {
        this(text, comparison, comparisonImplied, value, unit, deadlineFiscalYear, qualitative, problem, subjectOf(text),
                Basis.STATED, Aggregate.YEAR, null, null);
    }

    public static Target qualitative(String text, String problem) {
        return new Target(text, null, false, null, null, null, true, problem);
    }

    public static Target unreadable(String text, String problem) {
        return new Target(text, null, false, null, null, null, false, problem);
    }

    /**
     * A target relative to last year (「前年度を上回る」「前年度以下に抑える」): its threshold is last year's value, known once
     * the row's 前年度 is read (see {@link #against}).
     */
    public static Target relativeToPreviousYear(String text, Comparison comparison, Integer deadlineFiscalYear) {
        return new Target(text, comparison, false, null, null, deadlineFiscalYear, false, null, subjectOf(text),
                Basis.PREVIOUS_YEAR, Aggregate.YEAR, null, null);
    }

    public boolean readable() {
        return value != null && comparison != null && !qualitative;
    }

    /**
     * This target with its threshold known: a target stated against last year takes last year's value, or becomes
     * unreadable with the reason when there is none to take. Any other target is returned as it is.
     */
    public Target against(Measure previous) {
        if (basis != Basis.PREVIOUS_YEAR || value != null || problem != null) {
            return this;
        }
        if (previous == null || previous.text() == null || previous.text().isBlank()) {
            return withProblem("前年度の値と比べる目標ですが、前年度の値が記載されていません");
        }
        if (!previous.readable()) {
            return withProblem("前年度の値と比べる目標ですが、前年度の値「" + previous.text() + "」を数値として読めません（"
                    + previous.problem() + "）");
        }
        return new Target(text, comparison, false, previous.number(), previous.unit(), deadlineFiscalYear, false, null,
                subject, basis, aggregate, periodStart, previous.display());
    }

    /** The same target compared in the measured value's unit, for counters the units table counts alike (名 and 人). */
    public Target inUnit(String compareUnit) {
        return new Target(text, comparison, comparisonImplied, value, compareUnit, deadlineFiscalYear, qualitative,
                problem, subject, basis, aggregate, periodStart, written != null ? written : shownNumber());
    }

    public Target withProblem(String reason) {
        return new Target(text, null, false, null, null, deadlineFiscalYear, false, reason, subject, basis, aggregate,
                periodStart, written);
    }

    /** True when the measure has a number in this target's unit. */
    public boolean sameUnitAs(Measure measure) {
        return readable() && measure != null && measure.readable() && unit.equals(measure.unit());
    }

    public boolean isMetBy(Measure measure) {
        return sameUnitAs(measure) && comparison.test(measure.number(), value);
    }

    /** A target summed or averaged over a period of years (「R2～R4累計」「令和2年度から令和4年度までの合計」). */
    public boolean overPeriod() {
        return aggregate != Aggregate.YEAR && periodStart != null;
    }

    /**
     * What a target measures, without its numbers, comparator, deadline, punctuation or spacing:
     * two sentences with the same subject state the same target (「…職員の割合100%」 and 「…職員の割合85%以上。」).
     */
    public static String subjectOf(String text) {
        if (text == null) {
            return "";
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        // The year and comparator removals are tried only when the text has what their patterns cannot match
        // without; digits and punctuation are single characters, removed one by one.
        s = s.contains("年度") ? SUBJECT_YEAR.matcher(s).replaceAll("") : s;
        s = without(s, "0123456789.,");
        s = s.contains("以") || s.contains("未満") || s.contains("超") || s.contains("パーセント")
                ? SUBJECT_COMPARATOR.matcher(s).replaceAll("") : s;
        return without(s, SUBJECT_PUNCTUATION);
    }

    /** {@code s} without any of {@code chars}. */
    private static String without(String s, String chars) {
        StringBuilder kept = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (chars.indexOf(c) >= 0) {
                if (kept == null) {
                    kept = new StringBuilder(s.length()).append(s, 0, k);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? s : kept.toString();
    }

    // Compiled once: String.replaceAll compiled each of them on every target read.
    private static final Pattern SUBJECT_YEAR =
            Pattern.compile("(平成|令和|H|R)?[0-9０-９元]+年度(までに|まで|中に|中)?");
    private static final Pattern SUBJECT_COMPARATOR =
            Pattern.compile("(以上|以下|未満|超える|超|パーセント)");
    /** What {@code [\\s%％「」『』()（）、。・:：,.]} matches: regex {@code \\s} is these six ASCII spaces. */
    private static final String SUBJECT_PUNCTUATION = " \t\n\u000B\f\r%％「」『』()（）、。・:：,.";

    /** The target as explanations quote it: 「60%以上」「7割（70%）以上」「前年度（47.4%）超」「令和2～4年度累計 3000件以上」. */
    public String display() {
        if (value == null) {
            return text;
        }
        String comparator = comparisonImplied ? "" : comparison.ja();
        if (basis == Basis.PREVIOUS_YEAR) {
            return "前年度（" + written + "）" + comparator;
        }
        String period = overPeriod() ? Numbers.fiscalYearJa(periodStart) + "～" + Numbers.fiscalYearJa(deadlineFiscalYear)
                + aggregate.ja() + " " : "";
        return period + shownNumber() + comparator;
    }

    /** The number as the sheet wrote it when that differs from how it is compared: 「7割（70%）」. */
    private String shownNumber() {
        return Numbers.showWritten(written, value, unit);
    }
}
