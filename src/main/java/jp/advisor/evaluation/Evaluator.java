package jp.advisor.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.ConsequenceException;

import jp.advisor.facts.Severity;
import jp.advisor.evaluation.Evaluation.Explanation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.RuleSetInfo;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.facts.JudgingPolicy;
import jp.advisor.facts.Suggestion;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionWarning;

/**
 * Runs a submission through the rule files and answers with a suggestion for every rating cell. The
 * judging is the rules'; this class reads the facts in, runs the engine and lays out the answer.
 * Every run is bounded ({@link EvaluationBounds}): rules that keep firing, run out of time or throw end it with
 * an {@link EvaluationAbortedException} naming the rule, never a hung thread or an anonymous error.
 */
public final class Evaluator {

    private final Supplier<RuleSet> rules;
    private final EvaluationBounds bounds;
    /** Cleared sessions of the set last used; another set (a publish) starts a new pool, the old one goes with it. */
    private volatile SessionPool sessions;

    /** As many kept sessions as evaluations run at once in a batch (one per core); more are made and disposed of. */
    private static final int KEPT_SESSIONS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** With the default bounds ({@link EvaluationBounds#DEFAULT}). */
    public Evaluator(Supplier<RuleSet> rules) {
        this(rules, EvaluationBounds.DEFAULT);
    }

    public Evaluator(Supplier<RuleSet> rules, EvaluationBounds bounds) {
        this.rules = rules;
        this.bounds = bounds;
    }

    public EvaluationBounds bounds() {
        return bounds;
    }

    public Evaluation evaluate(Submission submission) {
        return evaluate(submission, null);
    }

    /**
     * Evaluates a submission; with the same organisation's previous-year submission, the review rules can
     * also compare this year's 前年度 figures with what that year reported.
     */
    public Evaluation evaluate(Submission submission, Submission previousYear) {
        return evaluate(submission, previousYear, null);
    }

    /**
     * Evaluates a submission under a given judging policy: {@code policy} (when not null) is inserted as a fact
     * before the rules fire, and the rule files' own choice ({@code policy.drl}, whose rule fires only when no
     * {@link JudgingPolicy} is there) stands aside. Fixture cases use it to pin every policy the rule files offer,
     * not only the one chosen. A policy no rule knows is inserted all the same: rules keyed on it simply do not fire.
     */
    public Evaluation evaluate(Submission submission, Submission previousYear, JudgingPolicy policy) {
        if (submission.fiscalYear() == null) { // only a submission made in code: the reader refuses a file without
            throw new IllegalArgumentException("年度（fiscalYear）がありません / the submission has no fiscal year");
        }
        // One rule set for the whole evaluation, even if a new one is published meanwhile.
        RuleSet ruleSet = rules.get();
        // Facts, session and layout on one engine thread: the caller hands over the submission and takes back the
        // answer, instead of the session's objects crossing to the caller's core to be laid out.
        return onEngineThread(ruleSet, watch -> {
            List<Object> facts = Facts.of(submission, ruleSet.units());
            if (previousYear != null) {
                facts.addAll(Facts.priorOutcomes(previousYear));
            }
            if (policy != null) {
                facts.add(policy);
            }
            return layout(submission, ruleSet, session(ruleSet, facts, watch));
        });
    }

    private static Evaluation layout(Submission submission, RuleSet ruleSet, Run run) {
        List<StrategyEvaluation> strategies = new ArrayList<>();
        for (Strategy s : submission.strategies()) {
            List<OutcomeEvaluation> outcomes = new ArrayList<>();
            for (int i = 0; i < s.outcomes().size(); i++) {
                outcomes.add(new OutcomeEvaluation(i, run.rating(CellLocation.ofOutcome(s.id(), i),
                        s.outcomes().get(i).selfRating())));
            }
            List<InitiativeEvaluation> initiatives = new ArrayList<>();
            for (Initiative in : s.initiatives()) {
                initiatives.add(InitiativeEvaluation.of(in.id(),
                        cell -> run.rating(CellLocation.of(cell, s.id(), in.id(), null), in.selfAssessment().of(cell)),
                        run.withdrawal(CellLocation.of(Cell.WITHDRAWAL, s.id(), in.id(), null))));
            }
            strategies.add(StrategyEvaluation.of(s.id(), outcomes,
                    cell -> run.rating(CellLocation.of(cell, s.id(), null, null), s.selfAssessment().of(cell)),
                    initiatives));
        }
        return new Evaluation(new RuleSetInfo(ruleSet.version(), run.policy()), submission.organization(),
                submission.fiscalYear().written(), strategies, withReading(run.findings(), submission));
    }

    /**
     * The judging policy {@code ruleSet} chooses, as its evaluations name it ({@code ruleSet.policy}), for when no
     * submission tells it: an empty submission still fires the policy rule. Null when the set chooses none or cannot
     * run.
     */
    public String policyOf(RuleSet ruleSet) {
        try {
            List<Object> facts = Facts.of(new Submission("", "2016", List.of()), ruleSet.units());
            return onEngineThread(ruleSet, watch -> session(ruleSet, facts, watch)).policy();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The rules' findings with what the reader read past (unknown keys) as {@code info}, in the findings' order. */
    private static List<Finding> withReading(List<Finding> findings, Submission submission) {
        if (submission.warnings().isEmpty()) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        for (SubmissionWarning w : submission.warnings()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("JSON パス / path", w.path());
            cells.put("行 / line", Integer.toString(w.line()));
            all.add(new Finding(w.code(), "info", w.location(), new Explanation(w.messageJa(), w.messageEn()), cells,
                    null));
        }
        all.sort(FINDING_ORDER);
        return List.copyOf(all);
    }

    /** Runs {@code task} (a session and what goes with it) on an engine thread, so that this one can stop waiting. */
    private <T> T onEngineThread(RuleSet ruleSet, Function<EngineThreads.Watch, T> task) {
        EngineThreads.Watch watch = new EngineThreads.Watch();
        return EngineThreads.call(() -> task.apply(watch), watch, bounds, ruleSet.version(), ruleSet.kieBase());
    }

    /**
     * The group of the review rules ({@code ruleflow-group "点検"}, which Drools 10 runs as an agenda group of that name;
     * it deprecates the {@code agenda-group} spelling), fired after all the others.
     */
    public static final String REVIEW_PHASE = "点検";

    /** Sessions kept for the next evaluation now (for tests). */
    int sessionsKept() {
        SessionPool pool = sessions;
        return pool == null ? 0 : pool.idle();
    }

    private SessionPool sessions(RuleSet ruleSet) {
        SessionPool pool = sessions;
        if (pool == null || pool.kieBase() != ruleSet.kieBase()) {
            pool = new SessionPool(ruleSet.kieBase(), KEPT_SESSIONS);
            sessions = pool;
        }
        return pool;
    }

    private Run session(RuleSet ruleSet, List<Object> facts, EngineThreads.Watch watch) {
        SessionPool pool = sessions(ruleSet);
        KieSession session = pool.take();
        boolean ranToEnd = false;
        Map<Object, String> insertedBy = new IdentityHashMap<>();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    insertedBy.put(event.getObject(), event.getRule().getName());
                }
            }
        });
        // Asked just before each consequence: names the rule running, counts firings, and lets nothing more fire
        // once halted (halt() alone is not heard by a session still inserting its facts).
        Map<String, Integer> firings = new HashMap<>();
        AgendaFilter bounded = match -> {
            if (watch.halted()) {
                return false;
            }
            String rule = match.getRule().getName();
            watch.firing = rule;
            firings.merge(rule, 1, Integer::sum);
            return true;
        };
        try {
            watch.onHalt(session::halt);
            int fired;
            try {
                facts.forEach(session::insert);
                fired = session.fireAllRules(bounded, bounds.maxFirings());
                // The review phase: rules of the group 点検 fire only once every suggestion is in, whatever
                // their salience, and can read them all.
                AgendaGroup review = session.getAgenda().getAgendaGroup(REVIEW_PHASE); // null: no rule is in it
                if (review != null && fired < bounds.maxFirings() && !watch.halted()) {
                    review.setFocus();
                    fired += session.fireAllRules(bounded, bounds.maxFirings() - fired);
                }
            } catch (ConsequenceException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String rule = e.getMatch() == null ? watch.firing : e.getMatch().getRule().getName();
                throw EvaluationAbortedException.threw(rule, ruleSet.version(), cause);
            } catch (StackOverflowError e) { // a recursion too deep, not wrapped by the engine
                throw EvaluationAbortedException.threw(watch.firing, ruleSet.version(), e);
            } catch (RuntimeException e) { // a constraint that throws: the engine names the rule only in its message
                throw EvaluationAbortedException.threw(ruleNamedIn(e), ruleSet.version(), e);
            }
            if (watch.halted()) {
                throw EvaluationAbortedException.time(watch.firing, ruleSet.version(), bounds.timeBudget());
            }
            if (fired >= bounds.maxFirings()) {
                String most = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse(watch.firing);
                throw EvaluationAbortedException.loop(most, ruleSet.version(), bounds.maxFirings());
            }
            // By place, not by formatted location: the same cells, without building a string per suggestion and cell.
            Map<CellLocation, List<Suggestion>> byLocation = new HashMap<>();
            List<String> policies = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Suggestion s) {
                    byLocation.computeIfAbsent(s.place(), k -> new ArrayList<>()).add(s);
                } else if (o instanceof JudgingPolicy p) {
                    policies.add(p.name());
                } else if (o instanceof jp.advisor.facts.Finding f) {
                    findings.add(new Finding(f.code(), f.severity(), f.location(), new Explanation(f.ja(), f.en()),
                            f.cells(), insertedBy.get(f)));
                }
            }
            findings.sort(FINDING_ORDER);
            Run run = new Run(byLocation, insertedBy, policies, List.copyOf(findings));
            ranToEnd = watch.ended();
            return run;
        } finally {
            // Kept only if no halt can reach it any more; a session that threw or was halted is not trusted again.
            if (ranToEnd) {
                pool.giveBack(session);
            } else {
                session.dispose();
            }
        }
    }

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("\\[Rule \"(.+?)\" in ");

    /** The rule the engine names in an error's message ({@code … in [Rule "name" in file.drl]}), else null. */
    static String ruleNamedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The suggestions of one engine run, by cell location. */
    private record Run(Map<CellLocation, List<Suggestion>> byLocation, Map<Object, String> insertedBy,
                       List<String> policies, List<Finding> findings) {

        String policy() {
            return policies.size() == 1 ? policies.get(0) : policies.isEmpty() ? null : String.join(",", policies);
        }

        Rating rating(CellLocation location, String selfAssessment) {
            List<Suggestion> found = byLocation.getOrDefault(location, List.of());
            if (found.isEmpty()) {
                return new Rating(null, true, null, NO_RULE, selfAssessment, Map.of(), null);
            }
            if (conflicting(found)) {
                return new Rating(null, true, rules(found), conflict(found), selfAssessment, Map.of(), null);
            }
            Suggestion s = found.get(0);
            return new Rating(s.value(), s.needsReview(), insertedBy.get(s), new Explanation(s.ja(), s.en()),
                    selfAssessment, s.inputs(), s.comparison());
        }

        Withdrawal withdrawal(CellLocation location) {
            List<Suggestion> found = byLocation.getOrDefault(location, List.of());
            if (found.isEmpty()) {
                return new Withdrawal(null, null, true, null, NO_RULE, Map.of(), null);
            }
            if (conflicting(found)) {
                return new Withdrawal(null, null, true, rules(found), conflict(found), Map.of(), null);
            }
            Suggestion s = found.get(0);
            return new Withdrawal(s.triggered(), s.action(), s.needsReview(), insertedBy.get(s),
                    new Explanation(s.ja(), s.en()), s.inputs(), s.comparison());
        }

        /** The suggestions of one cell do not all say the same (value, triggered, action, needs review). */
        private static boolean conflicting(List<Suggestion> found) {
            Suggestion first = found.get(0);
            for (int k = 1; k < found.size(); k++) {
                Suggestion s = found.get(k);
                if (!Objects.equals(s.value(), first.value()) || !Objects.equals(s.triggered(), first.triggered())
                        || !Objects.equals(s.action(), first.action()) || s.needsReview() != first.needsReview()) {
                    return true;
                }
            }
            return false;
        }

        private String rules(List<Suggestion> found) {
            return String.join(" / ", found.stream().map(insertedBy::get).toList());
        }

        private Explanation conflict(List<Suggestion> found) {
            String values = String.join("、", found.stream()
                    .map(s -> (s.value() == null ? "要確認" : s.value()) + "（" + insertedBy.get(s) + "）").toList());
            return new Explanation("ルールの判定が食い違っています：" + values + "。ルールファイルを確認してください。",
                    "Rules disagree on this cell: " + values + ". Check the rule files.");
        }
    }


    /** Most severe first, then in sheet order of location, then by code: the same order in every run. */
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparingInt((Finding f) -> Severity.rank(f.severity()))
            .thenComparing(Finding::location)
            .thenComparing(Finding::code)
            .thenComparing(f -> f.message().ja());

    private static final Explanation NO_RULE = new Explanation(
            "このセルを判定するルールがありません。ルールファイルを確認してください。",
            "No rule decided this cell. Check the rule files.");
}
