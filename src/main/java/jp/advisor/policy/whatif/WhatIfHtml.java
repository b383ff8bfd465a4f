package jp.advisor.policy.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.web.util.HtmlUtils;

/** A standalone Japanese page: both rule sets, counts per cell type, then the changes by submission. */
final class WhatIfHtml {

    private static final String STYLE = """
            body{font-family:"Hiragino Sans","Yu Gothic","Meiryo",sans-serif;margin:2em;color:#222;line-height:1.5}
            h1,h2{margin:1.2em 0 .4em}
            small{color:#666;font-size:.85em}
            table{border-collapse:collapse;margin:.4em 0}
            th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            td.n{text-align:right}
            td.before{color:#8a1c1c}td.after{color:#1b5e20;font-weight:bold}
            code{font-family:Consolas,monospace}
            .none{padding:.6em 1em;background:#eef6ee;border-left:4px solid #2e7d32}
            .failures li{color:#8a1c1c}
            """;

    private WhatIfHtml() {
    }

    static String render(WhatIfReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ルール変更の影響</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>ルール変更の影響 <small>What the candidate rules would change</small></h1>\n");
        summary(html, report);
        counts(html, report);
        changes(html, report);
        failures(html, report);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, WhatIfReport report) {
        html.append("<table class=\"summary\">\n<tr><th></th><th>現行 <small>current</small></th>")
                .append("<th>候補 <small>candidate</small></th></tr>\n")
                .append("<tr><th>ルールセット <small>rule set</small></th><td><code>").append(esc(report.currentVersion()))
                .append("</code></td><td><code>").append(esc(report.candidateVersion())).append("</code></td></tr>\n")
                .append("<tr><th>判定方針 <small>policy</small></th><td>").append(esc(report.currentPolicy()))
                .append("</td><td>").append(esc(report.candidatePolicy())).append("</td></tr>\n")
                .append("</table>\n<p>比較した提出 ").append(report.submissions()).append(" 件、変更 ")
                .append(report.changes().size()).append(" 件、評価できなかった提出 ").append(report.failures().size())
                .append(" 件</p>\n");
    }

    private static void counts(StringBuilder html, WhatIfReport report) {
        html.append("<h2>セルの種類ごとの変更件数 <small>Changes by cell type</small></h2>\n<table class=\"counts\">\n")
                .append("<tr><th>セル</th><th>件数</th></tr>\n");
        report.countsByCellType().forEach((type, n) -> html.append("<tr><td>").append(esc(type))
                .append("</td><td class=\"n\">").append(n).append("</td></tr>\n"));
        html.append("<tr><th>合計</th><td class=\"n\">").append(report.changes().size()).append("</td></tr>\n</table>\n");
    }

    private static void changes(StringBuilder html, WhatIfReport report) {
        html.append("<h2>変更された判定 <small>Changed judgements</small></h2>\n");
        if (report.changes().isEmpty()) {
            html.append("<p class=\"none\">変更はありません。 <small>No judgement changes.</small></p>\n");
            return;
        }
        Map<String, List<Change>> bySource = new LinkedHashMap<>();
        report.changes().forEach(c -> bySource.computeIfAbsent(Objects.toString(c.source(), ""),
                k -> new ArrayList<>()).add(c));
        bySource.forEach((source, changes) -> {
            Change first = changes.get(0);
            html.append("<section class=\"source\">\n<h3><code>").append(esc(source)).append("</code>　")
                    .append(esc(first.organization())).append("　").append(esc(first.fiscalYear()))
                    .append(" <small>").append(changes.size()).append(" 件</small></h3>\n")
                    .append("<table class=\"changes\">\n<tr><th>場所</th><th>セル</th><th>変更前</th><th></th>")
                    .append("<th>変更後</th><th>ルール（変更前 → 変更後）</th></tr>\n");
            for (Change c : changes) {
                html.append("<tr><td><code>").append(esc(c.location())).append("</code></td><td>")
                        .append(esc(c.cellType())).append("</td><td class=\"before\">").append(esc(c.before()))
                        .append("</td><td>→</td><td class=\"after\">").append(esc(c.after())).append("</td><td>")
                        .append(rules(c)).append("</td></tr>\n");
            }
            html.append("</table>\n</section>\n");
        });
    }

    private static String rules(Change c) {
        String before = Objects.toString(c.ruleBefore(), "－");
        String after = Objects.toString(c.ruleAfter(), "－");
        return before.equals(after) ? esc(before) : esc(before) + " → " + esc(after);
    }

    private static void failures(StringBuilder html, WhatIfReport report) {
        if (report.failures().isEmpty()) {
            return;
        }
        html.append("<h2>評価できなかった提出 <small>Submissions that could not be evaluated</small></h2>\n")
                .append("<ul class=\"failures\">\n");
        report.failures().forEach(f -> html.append("<li>").append(esc(f)).append("</li>\n"));
        html.append("</ul>\n");
    }

    /** Escapes & < > " ' only: with "UTF-8" Spring leaves Japanese as characters. */
    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
