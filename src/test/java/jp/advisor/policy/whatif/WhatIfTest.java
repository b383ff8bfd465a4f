package jp.advisor.policy.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.pages.ReportFormat;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.FiscalYear;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

class WhatIfTest {

    static final Path RULES = jp.advisor.FrozenRules.RULES;
    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final String SOURCE = "taisho-ward-fy2016.json";

    static RuleSet current;
    static Submission seed;

    @BeforeAll
    static void loadCurrentRulesAndSeed() {
        current = new RuleSetLoader().load(RULES);
        seed = new SubmissionReader().read(SEED);
    }

    static Path copyRules(Path to) throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static Path targetReachedCandidate(Path dir) throws IOException {
        copyRules(dir);
        edit(dir.resolve("policy.drl"), "new JudgingPolicy(\"trajectory\", 0.0)",
                "new JudgingPolicy(\"target-reached\", 0.0)");
        return dir;
    }

    static WhatIfReport compare(Path candidate, NamedSubmission... submissions) {
        return new WhatIf().compare(current, new RuleSetLoader().load(candidate), List.of(submissions));
    }

    static Change at(WhatIfReport report, String location) {
        return report.changes().stream().filter(c -> c.location().equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no change at " + location + " in " + report.changes()));
    }

    @Test
    void theSameRulesInAnotherFolderChangeNothing(@TempDir Path candidate) throws IOException {
        WhatIfReport report = compare(copyRules(candidate), new NamedSubmission(SOURCE, seed));

        assertThat(report.changes()).isEmpty();
        assertThat(report.failures()).isEmpty();
        assertThat(report.submissions()).isEqualTo(1);
        assertThat(report.candidateVersion()).isEqualTo(report.currentVersion());
        assertThat(report.currentPolicy()).isEqualTo("trajectory");
        assertThat(report.candidatePolicy()).isEqualTo("trajectory");
        assertThat(report.countsByCellType()).containsOnlyKeys(WhatIf.CELL_TYPES);
        assertThat(report.countsByCellType().values()).containsOnly(0);
    }

    @Test
    void judgingByTargetReachedTurnsTheSeedsOutcomeOf54PercentFromAIntoB(@TempDir Path dir) throws IOException {
        WhatIfReport report = compare(targetReachedCandidate(dir), new NamedSubmission(SOURCE, seed));

        assertThat(report.currentPolicy()).isEqualTo("trajectory");
        assertThat(report.candidatePolicy()).isEqualTo("target-reached");
        assertThat(report.candidateVersion()).isNotEqualTo(report.currentVersion());
        Change outcome = at(report, "strategies/6-1/outcomes/0");
        assertThat(outcome).extracting(Change::source, Change::organization, Change::fiscalYear, Change::cellType,
                        Change::before, Change::after)
                .containsExactly(SOURCE, "大正区", "平成28年度", "個別", "A", "B");
        assertThat(outcome.ruleBefore()).isNotBlank();
        assertThat(outcome.ruleAfter()).isNotBlank();
        // 全体 follows its only 個別.
        assertThat(at(report, "strategies/6-1/overall")).extracting(Change::cellType, Change::before, Change::after)
                .containsExactly("全体", "A", "B");
        // Initiatives are not judged by the policy.
        assertThat(report.changes()).noneMatch(c -> c.location().contains("/initiatives/"));
        assertThat(report.countsByCellType().get("個別")).isPositive();
        assertThat(report.countsByCellType().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(report.changes().size());
    }

    @Test
    void theReportListsExactlyTheCellsWhoseJudgementDiffers(@TempDir Path dir) throws IOException {
        RuleSet candidate = new RuleSetLoader().load(targetReachedCandidate(dir));
        WhatIfReport report = new WhatIf().compare(current, candidate, List.of(new NamedSubmission(SOURCE, seed)));

        // Recompute both sides here, raw (value, needsReview, triggered, action), and diff them independently.
        Map<String, String> before = cells(new Evaluator(() -> current).evaluate(seed));
        Map<String, String> after = cells(new Evaluator(() -> candidate).evaluate(seed));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        Set<String> differing = new HashSet<>();
        before.forEach((location, judgement) -> {
            if (!judgement.equals(after.get(location))) {
                differing.add(location);
            }
        });
        List<Change> cellChanges = report.changes().stream().filter(c -> !c.cellType().equals("指摘")).toList();

        assertThat(differing).isNotEmpty();
        assertThat(cellChanges).extracting(Change::location).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(differing);
        assertThat(report.changes()).allSatisfy(c -> assertThat(c.before()).isNotEqualTo(c.after()));
    }

    @Test
    void aFindingOnOneSideOnlyIsAChange(@TempDir Path dir) throws IOException {
        WhatIfReport report = compare(targetReachedCandidate(dir), new NamedSubmission(SOURCE, seed));
        Evaluation before = new Evaluator(() -> current).evaluate(seed);
        Evaluation after = new Evaluator(() -> new RuleSetLoader().load(dir)).evaluate(seed);
        Set<String> beforeFindings = new HashSet<>(before.findings().stream().map(f -> f.code() + "@" + f.location()).toList());
        Set<String> afterFindings = new HashSet<>(after.findings().stream().map(f -> f.code() + "@" + f.location()).toList());

        for (Change c : report.changes().stream().filter(c -> c.cellType().equals("指摘")).toList()) {
            String code = c.before().equals("－") ? c.after() : c.before();
            assertThat(beforeFindings.contains(code + "@" + c.location()))
                    .isNotEqualTo(afterFindings.contains(code + "@" + c.location()));
        }
        Set<String> oneSided = new HashSet<>(beforeFindings);
        oneSided.addAll(afterFindings);
        Set<String> both = new HashSet<>(beforeFindings);
        both.retainAll(afterFindings);
        oneSided.removeAll(both);
        assertThat(report.countsByCellType().get("指摘")).isEqualTo(oneSided.size());
    }

    @Test
    void aNewRuleNameAndExplanationAloneChangeNoJudgement(@TempDir Path dir) throws IOException {
        copyRules(dir);
        edit(dir.resolve("strategy-overall.drl"), "rule \"全体：個別がすべて A なら A\"", "rule \"全体：個別が全部 A なら A\"");
        edit(dir.resolve("strategy-overall.drl"), "がすべて A のため、全体も A（順調）。", "が全部 A なので全体も A。");

        WhatIfReport report = compare(dir, new NamedSubmission(SOURCE, seed));

        assertThat(report.candidateVersion()).isNotEqualTo(report.currentVersion());
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void aSubmissionThatCannotBeEvaluatedIsListedAndTheOthersAreStillCompared(@TempDir Path dir) throws IOException {
        // The reader refuses a file without a readable year; only a submission made in code can lack one.
        Submission unreadableYear = new Submission("テスト区", (FiscalYear) null, seed.strategies(), List.of());

        WhatIfReport report = compare(targetReachedCandidate(dir), new NamedSubmission("broken.json", unreadableYear),
                new NamedSubmission(SOURCE, seed));

        assertThat(report.submissions()).isEqualTo(2);
        assertThat(report.failures()).singleElement().asString().startsWith("broken.json: ");
        assertThat(report.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.source()).isEqualTo(SOURCE));
    }

    @Test
    void manySubmissionsComparedInParallelAreReportedInInputOrderEachAsIfComparedAlone(@TempDir Path dir)
            throws IOException {
        RuleSet candidate = new RuleSetLoader().load(targetReachedCandidate(dir));
        List<Change> alone = new WhatIf().compare(current, candidate, List.of(new NamedSubmission(SOURCE, seed))).changes();
        Submission unreadableYear = new Submission("テスト区", (FiscalYear) null, seed.strategies(), List.of());
        List<NamedSubmission> given = new java.util.ArrayList<>();
        for (int n = 0; n < 48; n++) {
            String source = String.format("sheet-%02d.json", n);
            given.add(new NamedSubmission(source, n % 7 == 3 ? unreadableYear : seed));
        }

        WhatIfReport report = new WhatIf().compare(current, candidate, given);

        List<Change> expected = new java.util.ArrayList<>();
        List<String> failedSources = new java.util.ArrayList<>();
        for (NamedSubmission named : given) {
            if (named.submission() == unreadableYear) {
                failedSources.add(named.source());
            } else {
                alone.forEach(c -> expected.add(new Change(named.source(), c.submissionId(), c.organization(),
                        c.fiscalYear(), c.location(), c.cellType(), c.before(), c.after(), c.ruleBefore(), c.ruleAfter())));
            }
        }
        assertThat(alone).isNotEmpty();
        assertThat(report.changes()).containsExactlyElementsOf(expected);
        assertThat(report.failures()).extracting(f -> f.substring(0, f.indexOf(':')))
                .containsExactlyElementsOf(failedSources);
        assertThat(report.currentPolicy()).isEqualTo("trajectory");
        assertThat(report.candidatePolicy()).isEqualTo("target-reached");
    }

    @Test
    void withdrawalAndRatingJudgementsAreShownAsStaffReadThem() {
        assertThat(WhatIf.show(rating(null, true))).isEqualTo("要確認");
        assertThat(WhatIf.show(rating(null, false))).isEqualTo("－");
        assertThat(WhatIf.show(rating("A", false))).isEqualTo("A");
        assertThat(WhatIf.show(withdrawal(true, "REBUILD_PROJECT", false))).isEqualTo("該当 REBUILD_PROJECT");
        assertThat(WhatIf.show(withdrawal(false, null, false))).isEqualTo("非該当");
        assertThat(WhatIf.show(withdrawal(null, null, true))).isEqualTo("要確認");
    }

    @Test
    void theJsonReportKeepsTheCountsInSheetOrder(@TempDir Path dir) throws IOException {
        WhatIfReport report = compare(targetReachedCandidate(dir), new NamedSubmission(SOURCE, seed));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.write(ReportFormat.JSON, out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\n  \"currentVersion\"");
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("candidatePolicy").asString()).isEqualTo("target-reached");
        assertThat(root.get("countsByCellType").propertyNames()).containsExactlyElementsOf(WhatIf.CELL_TYPES);
        assertThat(root.get("changes").size()).isEqualTo(report.changes().size());
        assertThat(root.get("changes").get(0).get("location").asString()).isEqualTo(report.changes().get(0).location());
    }

    @Test
    void theHtmlPageEscapesTextAndShowsBothRuleSetsAndTheCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        WhatIf.CELL_TYPES.forEach(t -> counts.put(t, 0));
        counts.put("個別", 1);
        WhatIfReport report = new WhatIfReport("sha256:old", "sha256:new", "trajectory", "target-reached", 2,
                List.of(new Change("<b>ward</b>.json", null, "大正区", "平成28年度", "strategies/6-1/outcomes/0", "個別",
                        "A", "B", "個別：<軌道> & 直線", "個別：目標値に達していない")),
                counts, List.of("x.json: 年度 \"いつか\" が読めません <script>"));

        String html = html(report);

        assertThat(html).contains("<html lang=\"ja\">", "<style>", "sha256:old", "sha256:new", "trajectory",
                "target-reached", "&lt;b&gt;ward&lt;/b&gt;.json", "個別：&lt;軌道&gt; &amp; 直線",
                "&quot;いつか&quot;", "&lt;script&gt;", "大正区", "strategies/6-1/outcomes/0");
        assertThat(html).doesNotContain("<b>ward", "<script>", "変更はありません");
        assertThat(html).containsPattern("<td>個別</td><td class=\"n\">1</td>")
                .containsPattern("<td>撤退基準</td><td class=\"n\">0</td>")
                .containsPattern("<td class=\"before\">A</td><td>→</td><td class=\"after\">B</td>");
    }

    @Test
    void theHtmlPageSaysSoWhenNothingChanges(@TempDir Path candidate) throws IOException {
        String html = html(compare(copyRules(candidate), new NamedSubmission(SOURCE, seed)));

        assertThat(html).contains("変更はありません", "<td>指摘</td><td class=\"n\">0</td>");
    }

    static String html(WhatIfReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(ReportFormat.HTML, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Evaluation.Rating rating(String value, boolean needsReview) {
        return new Evaluation.Rating(value, needsReview, "r", new Evaluation.Explanation("", ""), null, Map.of(), null);
    }

    static Evaluation.Withdrawal withdrawal(Boolean triggered, String action, boolean needsReview) {
        return new Evaluation.Withdrawal(triggered, action, needsReview, "r", new Evaluation.Explanation("", ""),
                Map.of(), null);
    }

    /** Every cell's raw judgement by location, leaving out rule names and explanations. */
    static Map<String, String> cells(Evaluation e) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (StrategyEvaluation s : e.strategies()) {
            String base = "strategies/" + s.id() + "/";
            for (OutcomeEvaluation o : s.outcomes()) {
                cells.put(base + "outcomes/" + o.index(), raw(o.rating()));
            }
            cells.put(base + "overall", raw(s.overall()));
            cells.put(base + "progress", raw(s.progress()));
            cells.put(base + "effectiveness", raw(s.effectiveness()));
            for (InitiativeEvaluation i : s.initiatives()) {
                String at = base + "initiatives/" + i.id() + "/";
                cells.put(at + "achievement", raw(i.achievement()));
                cells.put(at + "execution", raw(i.execution()));
                cells.put(at + "effectiveness", raw(i.effectiveness()));
                cells.put(at + "withdrawal", i.withdrawal().triggered() + "|" + i.withdrawal().action() + "|"
                        + i.withdrawal().needsReview());
            }
        }
        return cells;
    }

    static String raw(Evaluation.Rating r) {
        return r.value() + "|" + r.needsReview();
    }
}
