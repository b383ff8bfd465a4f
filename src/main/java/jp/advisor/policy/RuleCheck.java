package jp.advisor.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.policy.analysis.TableAnalyzer;
import jp.advisor.policy.analysis.TableIssue;
import jp.advisor.rules.DecisionTables;
import jp.advisor.rules.RuleProblem;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;

/**
 * Checks a rule set the way policy staff need before publishing: compiles every file (problems located to
 * file and line, or table cell), analyses the numeric tables, then runs every fixture case against it.
 */
public final class RuleCheck {

    /**
     * @param version     the candidate's version when it compiled, else null
     * @param problems    compile and restricted-language problems: any one blocks publishing
     * @param tableIssues gaps, overlaps, rows that never fire, boundary mix-ups: they block publishing too
     * @param fixtures    every fixture case's result (a failing case shows a changed judgement, or rules that
     *                    looped, ran out of time or threw on it: {@code aborted})
     * @param coverage    rule files with no fixture cases, fixture folders naming no rule file
     */
    public record Report(String version, List<RuleProblem> problems, List<TableIssue> tableIssues,
                         List<FixtureRunner.CaseResult> fixtures, List<String> coverage) {

        /**
         * Nothing blocks publishing: it compiles, passes the restricted language and the table analysis, and
         * every fixture case holds (one that throws fails). No case at all blocks too: an unpinned set could
         * judge anything. Coverage gaps do not block: fixtures live beside the service, not in the candidate.
         */
        public boolean publishable() {
            return problems.isEmpty() && tableIssues.isEmpty() && !fixtures.isEmpty() && failedCases() == 0;
        }

        public long failedCases() {
            return fixtures.stream().filter(c -> !c.passed()).count();
        }

        /** Everything holds, fixtures included: what {@code check} exits 0 on. */
        public boolean ok() {
            return publishable() && failedCases() == 0 && coverage.isEmpty();
        }
    }

    private final RuleSetLoader loader = new RuleSetLoader();
    private final TableAnalyzer analyzer = new TableAnalyzer();
    private final EvaluationBounds bounds;

    /** With the default bounds of an evaluation ({@link EvaluationBounds#DEFAULT}). */
    public RuleCheck() {
        this(EvaluationBounds.DEFAULT);
    }

    /** Fixture cases run under {@code bounds}: a case that loops, runs out of time or throws is a failed case. */
    public RuleCheck(EvaluationBounds bounds) {
        this.bounds = bounds;
    }

    public Report check(Path rulesDirectory, Path fixtures) {
        try {
            return afterCompiling(loader.load(rulesDirectory), fixtures);
        } catch (RuleSetException e) {
            return new Report(null, e.problems(), List.of(), List.of(), List.of());
        }
    }

    public Report check(Map<String, byte[]> files, Path fixtures) {
        try {
            return afterCompiling(loader.compile(files, null), fixtures);
        } catch (RuleSetException e) {
            return new Report(null, e.problems(), List.of(), List.of(), List.of());
        }
    }

    /** Checks a set already compiled: table analysis and fixtures. */
    public Report check(RuleSet ruleSet, Path fixtures) {
        return afterCompiling(ruleSet, fixtures);
    }

    private Report afterCompiling(RuleSet ruleSet, Path fixtures) {
        List<TableIssue> issues = new ArrayList<>();
        ruleSet.sources().forEach((name, bytes) -> {
            if (DecisionTables.isTable(name)) {
                issues.addAll(analyzer.analyze(name, bytes));
            }
        });
        FixtureRunner runner = new FixtureRunner(ruleSet, bounds);
        return new Report(ruleSet.version(), List.of(), List.copyOf(issues), runner.runAll(fixtures),
                runner.coverageProblems(fixtures));
    }
}
