package jp.advisor.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.EvaluationAbortedException;
import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionWarning;
import jp.advisor.workbook.SubmissionInput;

/**
 * Reviews many submissions in one report. Every submission of a batch is judged by the same rule set;
 * when the batch holds an organisation's previous year too, this year's 前年度 figures are compared with it.
 * An input that cannot be read is named with why, and the others are still reviewed.
 */
public final class Reviewer {

    /** One input: its name (file path, 「item 3」) and its bytes. */
    public record Source(String name, byte[] json) {
    }

    private final Supplier<RuleSet> rules;
    private final EvaluationBounds bounds;

    /** With the default bounds of an evaluation ({@link EvaluationBounds#DEFAULT}). */
    public Reviewer(Supplier<RuleSet> rules) {
        this(rules, EvaluationBounds.DEFAULT);
    }

    public Reviewer(Supplier<RuleSet> rules, EvaluationBounds bounds) {
        this.rules = rules;
        this.bounds = bounds;
    }

    public ReviewReport review(List<Source> sources) {
        return review(sources, warning -> { });
    }

    /**
     * Reviews {@code sources}, telling {@code warnings} what the reader read past in each (unknown keys), in input
     * order, as the sources are read; the report has them too, among each submission's findings.
     */
    public ReviewReport review(List<Source> sources, Consumer<SubmissionWarning> warnings) {
        List<ReviewReport.UnreadableSource> unreadable = new ArrayList<>();
        List<Read> read = new ArrayList<>();
        for (Source source : sources) {
            try {
                Submission submission = SubmissionInput.read(source.json(), source.name());
                submission.warnings().forEach(warnings);
                read.add(new Read(source.name(), submission, submission.fiscalYear().startYear()));
            } catch (SubmissionException e) {
                unreadable.add(new ReviewReport.UnreadableSource(source.name(),
                        e.getProblems().stream().map(SubmissionProblem::describe).toList()));
            }
        }
        return review(read, List.of(), unreadable);
    }

    /**
     * Reviews submissions already read (stored ones), each reported under its name, in the map's order. The
     * {@code earlier} ones are not reviewed, only compared: an organisation's sheet of the year before feeds this
     * year's 前年度 check as it does when both are in one batch.
     */
    public ReviewReport review(Map<String, Submission> named, List<Submission> earlier) {
        List<Read> read = new ArrayList<>();
        named.forEach((source, submission) -> read.add(new Read(source, submission, submission.fiscalYear().startYear())));
        return review(read, earlier, new ArrayList<>());
    }

    private ReviewReport review(List<Read> read, List<Submission> earlier, List<ReviewReport.UnreadableSource> unreadable) {
        RuleSet ruleSet = rules.get();
        Evaluator evaluator = new Evaluator(() -> ruleSet, bounds);
        Map<String, Submission> byOrganizationAndYear = new HashMap<>();
        read.forEach(r -> byOrganizationAndYear.putIfAbsent(key(r.submission().organization(), r.year()), r.submission()));
        earlier.forEach(e -> byOrganizationAndYear.putIfAbsent(key(e.organization(), e.fiscalYear().startYear()), e));
        // Evaluations are independent: in parallel, answers kept in input order.
        List<Object> outcomes = read.parallelStream().map(r -> {
            Submission previous = byOrganizationAndYear.get(key(r.submission().organization(), r.year() - 1));
            try {
                return (Object) evaluator.evaluate(r.submission(), previous);
            } catch (EvaluationAbortedException e) { // the rules looped, ran out of time or threw on this sheet
                return new ReviewReport.UnreadableSource(r.source(), List.of("評価できませんでした（" + e.kind() + "）："
                        + e.messageJa() + " / could not be evaluated (" + e.kind() + "): " + e.messageEn()));
            } catch (RuntimeException e) {
                // One sheet the engine cannot judge must not stop the review of the others.
                return new ReviewReport.UnreadableSource(r.source(), List.of("評価できませんでした / could not be evaluated: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }).toList();
        List<ReviewReport.ReviewedSubmission> reviewed = new ArrayList<>();
        String policy = null;
        for (int i = 0; i < read.size(); i++) {
            if (outcomes.get(i) instanceof Evaluation e) {
                policy = e.ruleSet().policy();
                reviewed.add(new ReviewReport.ReviewedSubmission(read.get(i).source(), e.organization(), e.fiscalYear(),
                        e.findings()));
            } else {
                unreadable.add((ReviewReport.UnreadableSource) outcomes.get(i));
            }
        }
        return new ReviewReport(ruleSet.version(), policy, reviewed, unreadable);
    }

    private static String key(String organization, int year) {
        return organization + "\u0000" + year;
    }

    private record Read(String source, Submission submission, int year) {
    }
}
