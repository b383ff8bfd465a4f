package jp.advisor.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.web.util.HtmlUtils;

import jp.advisor.evaluation.Evaluation.Finding;

/**
 * A standalone page for reviewers: counts first, then findings by organisation and fiscal year, strategy, and
 * severity. Japanese first, English smaller beneath. Every piece of report text goes through {@link #esc} because
 * findings quote the submitted cells, which are arbitrary text.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"Hiragino Sans","Yu Gothic","Meiryo",sans-serif;margin:2em;color:#222;line-height:1.5}
            h1,h2,h3{margin:1.2em 0 .4em}
            small,.en{color:#666;font-size:.85em}
            table{border-collapse:collapse;margin:.4em 0}
            th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            td.n{text-align:right}
            .finding{border-left:4px solid #ccc;padding:.3em .8em;margin:.6em 0}
            .finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#1565c0}
            .badge{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;background:#777;font-size:.85em}
            .badge.error{background:#c62828}.badge.warning{background:#ef8f00}.badge.info{background:#1565c0}
            .message{margin:.3em 0 0}.en{margin:0 0 .3em}
            table.cells{font-size:.9em}
            code{font-family:Consolas,monospace}
            """;

    private HtmlReport() {
    }

    static void write(ReviewReport report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(ReviewReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>自己評価の点検結果</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>自己評価の点検結果 <small>Review of the self-assessments</small></h1>\n");
        summary(html, report);
        counts(html, ReportRows.counts(report));
        for (Group group : groups(report)) {
            group(html, group);
        }
        unreadable(html, ReportRows.list(report.unreadable()));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, ReviewReport report) {
        html.append("<table class=\"summary\">\n")
                .append("<tr><th>ルールセット <small>rule set</small></th><td><code>").append(esc(report.rulesVersion()))
                .append("</code></td></tr>\n")
                .append("<tr><th>判定方針 <small>policy</small></th><td>").append(esc(report.policy())).append("</td></tr>\n")
                .append("<tr><th>点検した提出 <small>submissions reviewed</small></th><td class=\"n\">")
                .append(ReportRows.list(report.submissions()).size()).append("</td></tr>\n")
                .append("<tr><th>読めなかったファイル <small>unreadable inputs</small></th><td class=\"n\">")
                .append(ReportRows.list(report.unreadable()).size()).append("</td></tr>\n")
                .append("</table>\n");
    }

    private static void counts(StringBuilder html, ReportRows.Counts counts) {
        html.append("<h2>件数 <small>Counts by code and severity</small></h2>\n<table class=\"counts\">\n<tr><th>コード <small>code</small></th>");
        for (String severity : counts.severities()) {
            html.append("<th>").append(esc(severityJa(severity))).append(" <small>").append(esc(severity)).append("</small></th>");
        }
        html.append("<th>計 <small>total</small></th></tr>\n");
        counts.byCode().forEach((code, bySeverity) -> {
            html.append("<tr><td><code>").append(esc(code)).append("</code></td>");
            bySeverity.values().forEach(n -> html.append("<td class=\"n\">").append(n).append("</td>"));
            html.append("<td class=\"n\">").append(bySeverity.values().stream().mapToInt(Integer::intValue).sum())
                    .append("</td></tr>\n");
        });
        html.append("<tr><th>合計 <small>total</small></th>");
        counts.bySeverity().values().forEach(n -> html.append("<td class=\"n\">").append(n).append("</td>"));
        html.append("<td class=\"n\">").append(counts.total()).append("</td></tr>\n</table>\n");
    }

    /** Findings of one organisation and fiscal year (possibly from several files), by strategy. */
    private record Group(String organization, String fiscalYear, Set<String> sources,
                         Map<String, List<Finding>> byStrategy) {
    }

    private static List<Group> groups(ReviewReport report) {
        // Organisations in the order the report lists them; strategies in id order, submission-wide ("") last.
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (ReviewReport.ReviewedSubmission s : ReportRows.list(report.submissions())) {
            Group group = groups.computeIfAbsent(
                    List.of(ReportRows.text(s.organization()), ReportRows.text(s.fiscalYear())),
                    key -> new Group(key.get(0), key.get(1), new LinkedHashSet<>(),
                            new TreeMap<>((a, b) -> a.isEmpty() != b.isEmpty() ? (a.isEmpty() ? 1 : -1)
                                    : ReportRows.compareNatural(a, b))));
            group.sources().add(ReportRows.text(s.source()));
            for (Finding f : ReportRows.list(s.findings())) {
                group.byStrategy().computeIfAbsent(ReportRows.strategyId(f.location()), k -> new ArrayList<>()).add(f);
            }
        }
        return List.copyOf(groups.values());
    }

    private static void group(StringBuilder html, Group group) {
        int count = group.byStrategy().values().stream().mapToInt(List::size).sum();
        html.append("<section class=\"organization\">\n<h2>").append(esc(group.organization()));
        if (!group.fiscalYear().isEmpty()) {
            html.append("　").append(esc(group.fiscalYear()));
        }
        html.append(" <small>").append(count).append("件 / ").append(count).append(count == 1 ? " finding" : " findings")
                .append("</small></h2>\n<p><small>ファイル file: ");
        html.append(String.join(", ", group.sources().stream().map(HtmlReport::esc).toList())).append("</small></p>\n");
        if (count == 0) {
            html.append("<p>指摘はありません。 <span class=\"en\">No findings.</span></p>\n");
        }
        group.byStrategy().forEach((strategy, findings) -> {
            html.append("<section class=\"strategy\">\n<h3>");
            if (strategy.isEmpty()) {
                html.append("提出全体 <small>whole submission</small>");
            } else {
                html.append("戦略 <code>").append(esc(strategy)).append("</code> <small>strategy</small>");
            }
            html.append("</h3>\n");
            findings.stream().sorted(ReportRows.BY_SEVERITY_THEN_LOCATION).forEach(f -> finding(html, f));
            html.append("</section>\n");
        });
        html.append("</section>\n");
    }

    private static void finding(StringBuilder html, Finding f) {
        String severity = ReportRows.text(f.severity());
        String cssClass = ReportRows.SEVERITIES.contains(severity) ? " " + severity : "";
        html.append("<div class=\"finding").append(cssClass).append("\">\n")
                .append("<span class=\"badge").append(cssClass).append("\">").append(esc(badge(severity))).append("</span> <code class=\"code\">").append(esc(f.code()))
                .append("</code> <code class=\"location\">").append(esc(f.location())).append("</code>\n");
        if (f.message() != null) {
            html.append("<p class=\"message\">").append(esc(f.message().ja())).append("</p>\n")
                    .append("<p class=\"en\">").append(esc(f.message().en())).append("</p>\n");
        }
        if (f.cells() != null && !f.cells().isEmpty()) {
            html.append("<table class=\"cells\">\n<tr><th>項目 <small>cell</small></th><th>値 <small>value</small></th></tr>\n");
            f.cells().forEach((name, value) -> html.append("<tr><td>").append(esc(name)).append("</td><td>")
                    .append(esc(value)).append("</td></tr>\n"));
            html.append("</table>\n");
        }
        if (f.rule() != null && !f.rule().isEmpty()) {
            html.append("<p><small>ルール rule: <code>").append(esc(f.rule())).append("</code></small></p>\n");
        }
        html.append("</div>\n");
    }

    private static void unreadable(StringBuilder html, List<ReviewReport.UnreadableSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        html.append("<section class=\"unreadable\">\n<h2>読めなかったファイル <small>Inputs that could not be read</small></h2>\n");
        for (ReviewReport.UnreadableSource source : sources) {
            html.append("<h3><code>").append(esc(source.source())).append("</code></h3>\n<ul>\n");
            ReportRows.list(source.problems()).forEach(p -> html.append("<li>").append(esc(p)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static String badge(String severity) {
        String ja = severityJa(severity);
        return ja.isEmpty() ? severity : ja + " " + severity;
    }

    private static String severityJa(String severity) {
        return switch (ReportRows.text(severity)) {
            case "error" -> "エラー";
            case "warning" -> "警告";
            case "info" -> "参考";
            default -> "";
        };
    }

    /** Escapes & < > " ' only: with "UTF-8" Spring leaves Japanese as characters instead of entity references. */
    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
