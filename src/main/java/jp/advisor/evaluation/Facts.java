package jp.advisor.evaluation;

import java.util.ArrayList;
import java.util.List;

import jp.advisor.facts.InitiativeFact;
import jp.advisor.facts.Measure;
import jp.advisor.facts.OutcomeFact;
import jp.advisor.facts.PriorOutcomeFact;
import jp.advisor.facts.StrategyFact;
import jp.advisor.reading.JapaneseReader;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;

/** Reads a submission's Japanese into the facts the rules judge. No judging happens here. */
final class Facts {

    private Facts() {
    }

    static List<Object> of(Submission submission) {
        int fiscalYear = submission.fiscalYear().startYear();
        List<Object> facts = new ArrayList<>();
        for (Strategy s : submission.strategies()) {
            facts.add(new StrategyFact(s.id(), s.outcomes().size(), s.initiatives().size(), fiscalYear,
                    s.selfAssessment().overall(), s.selfAssessment().progress(), s.selfAssessment().effectiveness(),
                    s.issues(), s.improvements(), JapaneseReader.target(s.outcomeTarget())));
            for (int i = 0; i < s.outcomes().size(); i++) {
                Outcome o = s.outcomes().get(i);
                String target = o.target() != null && !o.target().isBlank() ? o.target() : s.outcomeTarget();
                facts.add(new OutcomeFact(s.id(), i, o.label(), measure(o.value()),
                        o.previous() == null || o.previous().isBlank() ? null : JapaneseReader.measure(o.previous()),
                        JapaneseReader.target(target), fiscalYear, o.selfRating()));
            }
            for (Initiative in : s.initiatives()) {
                facts.add(new InitiativeFact(s.id(), in.id(), JapaneseReader.target(in.performanceTarget()),
                        JapaneseReader.withdrawal(in.withdrawalCriterion()), measure(in.measured()),
                        in.carriedOutAsPlanned(), in.result(),
                        in.selfAssessment().achievement(), in.selfAssessment().execution(),
                        in.selfAssessment().effectiveness(), in.issues(), in.improvements()));
            }
        }
        return facts;
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

    private static Measure measure(String text) {
        return text == null || text.isBlank()
                ? Measure.unreadable(text, "値の記載がありません")
                : JapaneseReader.measure(text);
    }
}
