package jp.advisor.evaluation;

import java.util.ArrayList;
import java.util.List;

import jp.advisor.facts.Aggregate;
import jp.advisor.facts.InUnit;
import jp.advisor.facts.InitiativeFact;
import jp.advisor.facts.Measure;
import jp.advisor.facts.OutcomeFact;
import jp.advisor.facts.PriorOutcomeFact;
import jp.advisor.facts.StrategyFact;
import jp.advisor.facts.Target;
import jp.advisor.facts.Units;
import jp.advisor.facts.WithdrawalCriterion;
import jp.advisor.reading.JapaneseReader;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;

/**
 * Reads a submission's Japanese into the facts the rules judge. No judging happens here, but what the readings mean
 * together is settled: a target stated against last year takes last year's value, a criterion stated against the
 * target takes the target's, a cell with this year's figure and a total gives the one the target is stated in, and
 * counters the units table counts alike are compared alike. Readings are shared across rule sets (JapaneseReader
 * caches them by text); everything that depends on the rule set or on another cell happens here, per submission.
 */
public final class Facts {

    private Facts() {
    }

    public static List<Object> of(Submission submission, Units units) {
        int fiscalYear = submission.fiscalYear().startYear();
        List<Object> facts = new ArrayList<>();
        for (Strategy s : submission.strategies()) {
            facts.add(new StrategyFact(s.id(), s.outcomes().size(), s.initiatives().size(), fiscalYear,
                    s.selfAssessment().overall(), s.selfAssessment().progress(), s.selfAssessment().effectiveness(),
                    s.issues(), s.improvements(), JapaneseReader.target(s.outcomeTarget())));
            for (int i = 0; i < s.outcomes().size(); i++) {
                facts.add(outcome(s, i, fiscalYear, units));
            }
            for (Initiative in : s.initiatives()) {
                facts.add(initiative(s, in, fiscalYear, units));
            }
        }
        return facts;
    }

    /** The fact of outcome row {@code index} of strategy {@code s}. */
    public static OutcomeFact outcome(Strategy s, int index, int fiscalYear, Units units) {
        Outcome o = s.outcomes().get(index);
        String text = o.target() != null && !o.target().isBlank() ? o.target() : s.outcomeTarget();
        Measure previous = o.previous() == null || o.previous().isBlank() ? null : JapaneseReader.measure(o.previous());
        Target target = JapaneseReader.target(text).against(previous);
        Measure value = figureFor(measure(o.value()), target, fiscalYear);
        return new OutcomeFact(s.id(), index, o.label(), value, aligned(previous, value, units),
                aligned(target, value, units), fiscalYear, o.selfRating());
    }

    /** The fact of initiative {@code in} of strategy {@code s}. */
    public static InitiativeFact initiative(Strategy s, Initiative in, int fiscalYear, Units units) {
        Measure previous = in.previous() == null || in.previous().isBlank() ? null : JapaneseReader.measure(in.previous());
        Target target = JapaneseReader.target(in.performanceTarget()).against(previous);
        Measure measured = figureFor(measure(in.measured()), target, fiscalYear);
        WithdrawalCriterion withdrawal = JapaneseReader.withdrawal(in.withdrawalCriterion()).against(target, previous);
        return new InitiativeFact(s.id(), in.id(), aligned(target, measured, units), aligned(withdrawal, measured, units),
                measured, in.carriedOutAsPlanned(), in.result(),
                in.selfAssessment().achievement(), in.selfAssessment().execution(),
                in.selfAssessment().effectiveness(), in.issues(), in.improvements());
    }

    /** The outcome values a previous-year submission reported, for comparing this year's 前年度 figures. */
    static List<Object> priorOutcomes(Submission previousYear) {
        List<Object> facts = new ArrayList<>();
        for (Strategy s : previousYear.strategies()) {
            for (int i = 0; i < s.outcomes().size(); i++) {
                Outcome o = s.outcomes().get(i);
                facts.add(new PriorOutcomeFact(s.id(), i, o.label(), measure(o.value()), previousYear.fiscalYear().written()));
            }
        }
        return facts;
    }

    /**
     * The figure of the value cell that the target is stated in: this year's, or the total or average over the
     * target's period. A single figure that does not say which it is counts as this year's; against a total it is
     * taken only in the period's first year, where the two are the same.
     */
    static Measure figureFor(Measure cell, Target target, int fiscalYear) {
        Aggregate kind = target.readable() ? target.aggregate() : Aggregate.YEAR;
        if (!cell.readable() && cell.figures().isEmpty()) {
            return cell;
        }
        Measure figure = cell.figure(kind);
        if (figure != null) {
            return figure;
        }
        boolean firstYear = target.periodStart() != null && target.periodStart() == fiscalYear;
        // 「平均 78%」 is read as a label only against an average target: elsewhere 平均 is a survey's mean, not a span's.
        boolean saysAverage = kind == Aggregate.AVERAGE && cell.text().contains(Aggregate.AVERAGE.ja());
        if (cell.readable() && cell.aggregate() == null && (firstYear || saysAverage)) {
            return cell;
        }
        if (!cell.readable() && kind == Aggregate.YEAR) {
            return cell; // two figures, none of this year's kind: the cell's own reason says so
        }
        String wanted = kind == Aggregate.YEAR ? "今年度" : kind.ja();
        String has = cell.readable() ? (cell.aggregate() == null ? "今年度分か" + kind.ja() + "か書かれていません"
                : cell.aggregate().ja() + "の値です") : "に" + wanted + "の値がありません";
        return Measure.unreadable(cell.text(), "目標は" + wanted + "の値ですが、値「" + cell.text() + "」は" + has);
    }

    /** The reading in the value's unit when the units table counts the two alike (名 and 人); else as it is. */
    private static <T extends InUnit<T>> T aligned(T reading, Measure value, Units units) {
        if (reading == null || !reading.readable() || !value.readable() || reading.unit().equals(value.unit())) {
            return reading;
        }
        String unit = units.alignedTo(reading.unit(), value.unit());
        return unit == null ? reading : reading.inUnit(unit);
    }

    private static Measure measure(String text) {
        return text == null || text.isBlank()
                ? Measure.unreadable(text, "値の記載がありません")
                : JapaneseReader.measure(text);
    }
}
