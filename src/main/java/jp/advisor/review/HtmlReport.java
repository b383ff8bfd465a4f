package jp.advisor.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.facts.CellLocation;
import jp.advisor.pages.Pages;

/**
 * A standalone page for reviewers (template {@code templates/review/report.html}): counts first, then findings by
 * organisation and fiscal year, strategy, and severity. Japanese first, English smaller beneath. Findings quote the
 * submitted cells, which are arbitrary text: the template prints every piece of it with {@code th:text}, escaped.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static void write(ReviewReport report, OutputStream out) throws IOException {
        Pages.write("review/report", variables(report), out);
    }

    static Map<String, Object> variables(ReviewReport report) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("rulesVersion", report.rulesVersion());
        page.put("policy", report.policy());
        page.put("submissions", ReportRows.list(report.submissions()).size());
        page.put("unreadableCount", ReportRows.list(report.unreadable()).size());
        page.put("counts", counts(ReportRows.counts(report)));
        page.put("groups", groups(report));
        page.put("unreadable", ReportRows.list(report.unreadable()).stream()
                .map(u -> new Unreadable(u.source(), ReportRows.list(u.problems()))).toList());
        return page;
    }

    record Severity(String name, String ja) {
    }

    record CodeRow(String code, List<Integer> counts, int total) {
    }

    record Counts(List<Severity> severities, List<CodeRow> codes, List<Integer> totals, int total) {
    }

    private static Counts counts(ReportRows.Counts counts) {
        return new Counts(counts.severities().stream().map(s -> new Severity(s, jp.advisor.facts.Severity.ja(s))).toList(),
                counts.byCode().entrySet().stream().map(e -> new CodeRow(e.getKey(), List.copyOf(e.getValue().values()),
                        e.getValue().values().stream().mapToInt(Integer::intValue).sum())).toList(),
                List.copyOf(counts.bySeverity().values()), counts.total());
    }

    /** Findings of one organisation and fiscal year (possibly from several files), by strategy. */
    private record Group(String organization, String fiscalYear, Set<String> sources,
                         Map<String, List<Item>> byStrategy) {
    }

    /** A finding with its disposition (null unless a stored finding was decided on). */
    private record Item(Finding finding, ReviewReport.Disposition disposition) {
    }

    /** A group as the page shows it: strategies in id order, submission-wide ("" id) last. */
    record GroupView(String heading, int count, String countText, String sources, List<StrategyView> strategies) {
    }

    record StrategyView(String id, List<FindingView> findings) {
    }

    record FindingView(String cssClass, String badge, String code, String location, boolean hasMessage,
                       String messageJa, String messageEn, List<Cell> cells, String rule,
                       ReviewReport.Disposition disposition) {
    }

    record Cell(String name, String value) {
    }

    record Unreadable(String source, List<String> problems) {
    }

    private static List<GroupView> groups(ReviewReport report) {
        // Organisations in the order the report lists them; strategies in id order, submission-wide ("") last.
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (ReviewReport.ReviewedSubmission s : ReportRows.list(report.submissions())) {
            Group group = groups.computeIfAbsent(
                    List.of(ReportRows.text(s.organization()), ReportRows.text(s.fiscalYear())),
                    key -> new Group(key.get(0), key.get(1), new LinkedHashSet<>(),
                            new TreeMap<>((a, b) -> a.isEmpty() != b.isEmpty() ? (a.isEmpty() ? 1 : -1)
                                    : ReportRows.compareNatural(a, b))));
            group.sources().add(ReportRows.text(s.source()));
            List<Finding> findings = ReportRows.list(s.findings());
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                group.byStrategy().computeIfAbsent(CellLocation.strategyIdOf(f.location()), k -> new ArrayList<>())
                        .add(new Item(f, s.dispositions().get(i)));
            }
        }
        return groups.values().stream().map(HtmlReport::view).toList();
    }

    private static GroupView view(Group group) {
        int count = group.byStrategy().values().stream().mapToInt(List::size).sum();
        String heading = group.organization() + (group.fiscalYear().isEmpty() ? "" : "　" + group.fiscalYear());
        String countText = count + "件 / " + count + (count == 1 ? " finding" : " findings");
        List<StrategyView> strategies = new ArrayList<>();
        group.byStrategy().forEach((strategy, findings) -> strategies.add(new StrategyView(strategy,
                findings.stream().sorted(Comparator.comparing(Item::finding, ReportRows.BY_SEVERITY_THEN_LOCATION))
                        .map(HtmlReport::view).toList())));
        return new GroupView(heading, count, countText, String.join(", ", group.sources()), strategies);
    }

    private static FindingView view(Item item) {
        Finding f = item.finding();
        String severity = ReportRows.text(f.severity());
        List<Cell> cells = new ArrayList<>();
        if (f.cells() != null) {
            f.cells().forEach((name, value) -> cells.add(new Cell(name, value)));
        }
        return new FindingView(jp.advisor.facts.Severity.CODES.contains(severity) ? " " + severity : "", badge(severity),
                f.code(), f.location(), f.message() != null, f.message() == null ? null : f.message().ja(),
                f.message() == null ? null : f.message().en(), cells, ReportRows.text(f.rule()), item.disposition());
    }

    private static String badge(String severity) {
        return jp.advisor.facts.Severity.of(severity).map(s -> s.ja() + " " + s.code()).orElse(ReportRows.text(severity));
    }
}
