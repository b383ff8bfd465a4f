package jp.advisor.policy.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;

/**
 * Evaluates submissions under the current and a candidate rule set and lists every judgement that differs, so
 * policy staff see the consequences of an edit before publishing it. Only the shown judgement counts: a new
 * explanation or rule name alone is not a change.
 */
public final class WhatIf {

    /** The cell type of a changed finding (the cells' types are their catalogue {@link Cell#brief()} names). */
    public static final String FINDING = "指摘";

    /** Every cell type, in the order of the sheet and of {@link WhatIfReport#countsByCellType()}. */
    public static final List<String> CELL_TYPES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Cell.values()).filter(Cell::onSheet).map(Cell::brief), java.util.stream.Stream.of(FINDING))
            .toList();

    static final String NONE = "－";
    static final String NEEDS_REVIEW = "要確認";

    public WhatIfReport compare(RuleSet current, RuleSet candidate, List<NamedSubmission> submissions) {
        return compare(current, candidate, submissions, List.of());
    }

    /**
     * As {@link #compare(RuleSet, RuleSet, List)}, with {@code previousYears}: sheets of the years before that are not
     * compared themselves but feed the 前年度 check of the sheets that are (a what-if over some years only).
     */
    public WhatIfReport compare(RuleSet current, RuleSet candidate, List<NamedSubmission> submissions,
                                List<NamedSubmission> previousYears) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(candidate, "candidate");
        List<NamedSubmission> given = submissions == null ? List.of() : submissions;
        Evaluator before = new Evaluator(() -> current);
        Evaluator after = new Evaluator(() -> candidate);
        List<NamedSubmission> known = new ArrayList<>(given);
        known.addAll(previousYears);
        Map<String, Submission> byOrganizationAndYear = byOrganizationAndYear(known);

        // Submissions are compared independently: in parallel (as the review evaluates), then gathered in input order,
        // so the report is the same as one made sequentially.
        List<Compared> compared = given.parallelStream()
                .map(named -> compare(named, before, after, byOrganizationAndYear)).toList();
        List<Change> changes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String currentPolicy = null;
        String candidatePolicy = null;
        for (Compared c : compared) {
            if (c.failure() != null) {
                failures.add(c.failure());
                continue;
            }
            changes.addAll(c.changes());
            currentPolicy = currentPolicy == null ? c.currentPolicy() : currentPolicy;
            candidatePolicy = candidatePolicy == null ? c.candidatePolicy() : candidatePolicy;
        }
        if (currentPolicy == null) {
            currentPolicy = before.policyOf(current);
        }
        if (candidatePolicy == null) {
            candidatePolicy = after.policyOf(candidate);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        CELL_TYPES.forEach(type -> counts.put(type, 0));
        changes.forEach(c -> counts.merge(c.cellType(), 1, Integer::sum));
        return new WhatIfReport(current.version(), candidate.version(), currentPolicy, candidatePolicy,
                given.size(), changes, counts, failures);
    }

    /** One submission compared: its changes and both sides' policies, or why it could not be. */
    private record Compared(List<Change> changes, String currentPolicy, String candidatePolicy, String failure) {

        static Compared failed(String failure) {
            return new Compared(List.of(), null, null, failure);
        }
    }

    private static Compared compare(NamedSubmission named, Evaluator before, Evaluator after,
                                    Map<String, Submission> byOrganizationAndYear) {
        String source = named == null ? null : named.source();
        Submission submission = named == null ? null : named.submission();
        if (submission == null) {
            return Compared.failed(source + ": 提出がありません / no submission");
        }
        // As the review does: the same organisation's previous year, when given, feeds the 前年度 check.
        Submission previous = previousYear(submission, byOrganizationAndYear);
        Evaluation b;
        Evaluation a;
        try {
            b = before.evaluate(submission, previous);
        } catch (RuntimeException e) {
            return Compared.failed(source + ": 現行ルール current rules: " + message(e));
        }
        try {
            a = after.evaluate(submission, previous);
        } catch (RuntimeException e) {
            return Compared.failed(source + ": 候補ルール candidate rules: " + message(e));
        }
        List<Change> changes = new ArrayList<>();
        new Comparison(named, changes).compare(b, a);
        return new Compared(changes, policy(b), policy(a), null);
    }

    /** Collects the changes of one submission, cells in sheet order, then findings. */
    private record Comparison(NamedSubmission named, List<Change> changes) {

        void compare(Evaluation before, Evaluation after) {
            Map<String, StrategyEvaluation> afterById = new HashMap<>();
            after.strategies().forEach(s -> afterById.putIfAbsent(s.id(), s));
            for (StrategyEvaluation b : before.strategies()) {
                StrategyEvaluation a = afterById.get(b.id());
                for (OutcomeEvaluation o : b.outcomes()) {
                    rating(CellLocation.ofOutcome(b.id(), o.index()), Cell.OUTCOME, o.rating(), a == null ? null
                            : a.outcomes().stream().filter(x -> x.index() == o.index())
                                    .map(OutcomeEvaluation::rating).findFirst().orElse(null));
                }
                for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                    rating(CellLocation.of(cell, b.id(), null, null), cell, b.rating(cell),
                            a == null ? null : a.rating(cell));
                }
                for (InitiativeEvaluation i : b.initiatives()) {
                    InitiativeEvaluation ia = a == null ? null
                            : a.initiatives().stream().filter(x -> x.id().equals(i.id())).findFirst().orElse(null);
                    for (Cell cell : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                        CellLocation at = CellLocation.of(cell, b.id(), i.id(), null);
                        if (cell == Cell.WITHDRAWAL) {
                            withdrawal(at, i.withdrawal(), ia == null ? null : ia.withdrawal());
                        } else {
                            rating(at, cell, i.rating(cell), ia == null ? null : ia.rating(cell));
                        }
                    }
                }
            }
            findings(before.findings(), after.findings());
        }

        private void rating(CellLocation location, Cell cell, Rating before, Rating after) {
            add(location.format(), cell.brief(), show(before), show(after),
                    before == null ? null : before.rule(), after == null ? null : after.rule());
        }

        private void withdrawal(CellLocation location, Withdrawal before, Withdrawal after) {
            add(location.format(), Cell.WITHDRAWAL.brief(), show(before), show(after),
                    before == null ? null : before.rule(), after == null ? null : after.rule());
        }

        /** A finding (code at a location) on one side only; counted, so a doubled finding is seen too. */
        private void findings(List<Finding> before, List<Finding> after) {
            Map<List<String>, int[]> counts = new LinkedHashMap<>();
            Map<List<String>, String[]> rules = new HashMap<>();
            for (Finding f : before == null ? List.<Finding>of() : before) {
                List<String> key = key(f);
                counts.computeIfAbsent(key, k -> new int[2])[0]++;
                rules.computeIfAbsent(key, k -> new String[2])[0] = f.rule();
            }
            for (Finding f : after == null ? List.<Finding>of() : after) {
                List<String> key = key(f);
                counts.computeIfAbsent(key, k -> new int[2])[1]++;
                rules.computeIfAbsent(key, k -> new String[2])[1] = f.rule();
            }
            counts.forEach((key, n) -> {
                String[] rule = rules.get(key);
                for (int i = n[1]; i < n[0]; i++) {
                    add(key.get(1), FINDING, key.get(0), NONE, rule[0], null);
                }
                for (int i = n[0]; i < n[1]; i++) {
                    add(key.get(1), FINDING, NONE, key.get(0), null, rule[1]);
                }
            });
        }

        private static List<String> key(Finding f) {
            return List.of(Objects.toString(f.code(), ""), Objects.toString(f.location(), ""));
        }

        private void add(String location, String cellType, String before, String after, String ruleBefore,
                         String ruleAfter) {
            if (!before.equals(after)) {
                Submission submission = named.submission();
                changes.add(new Change(named.source(), named.submissionId(), submission.organization(),
                        String.valueOf(submission.fiscalYear()), location, cellType, before, after, ruleBefore, ruleAfter));
            }
        }
    }

    /** 「A」, 「要確認」 (no value, a person decides), 「－」 (no value), or 「A（要確認）」 for a value to check. */
    static String show(Rating r) {
        if (r == null || r.value() == null) {
            return r != null && r.needsReview() ? NEEDS_REVIEW : NONE;
        }
        return r.needsReview() ? r.value() + "（" + NEEDS_REVIEW + "）" : r.value();
    }

    /** 「該当 REBUILD_PROJECT」, 「該当」 (no action), 「非該当」, 「要確認」 or 「－」; 「（要確認）」 added when flagged. */
    static String show(Withdrawal w) {
        if (w == null || w.triggered() == null) {
            return w != null && w.needsReview() ? NEEDS_REVIEW : NONE;
        }
        String shown = w.shown(true);
        return w.needsReview() ? shown + "（" + NEEDS_REVIEW + "）" : shown;
    }

    private static Map<String, Submission> byOrganizationAndYear(List<NamedSubmission> given) {
        Map<String, Submission> map = new HashMap<>();
        for (NamedSubmission n : given) {
            if (n != null && n.submission() != null) {
                Integer year = year(n.submission());
                if (year != null) {
                    map.putIfAbsent(key(n.submission().organization(), year), n.submission());
                }
            }
        }
        return map;
    }

    private static Submission previousYear(Submission submission, Map<String, Submission> byOrganizationAndYear) {
        Integer year = year(submission);
        return year == null ? null : byOrganizationAndYear.get(key(submission.organization(), year - 1));
    }

    private static Integer year(Submission submission) {
        // Read when the submission was; absent only in one made in code, which the evaluation itself will refuse.
        return submission.fiscalYear() == null ? null : submission.fiscalYear().startYear();
    }

    private static String key(String organization, int year) {
        return organization + "\u0000" + year;
    }

    private static String policy(Evaluation e) {
        return e.ruleSet() == null ? null : e.ruleSet().policy();
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
    }
}
