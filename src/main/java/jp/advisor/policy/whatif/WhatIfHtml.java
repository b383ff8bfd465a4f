package jp.advisor.policy.whatif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.advisor.pages.Pages;

/**
 * A standalone Japanese page (template {@code templates/whatif/report.html}): both rule sets, counts per cell type,
 * then the changes by submission.
 */
final class WhatIfHtml {

    private WhatIfHtml() {
    }

    static void write(WhatIfReport report, OutputStream out) throws IOException {
        Pages.write("whatif/report", variables(report), out);
    }

    record Count(String cellType, Integer changes) {
    }

    /** The changes of one submission, each with its rules shown as 「before → after」 (one name when unchanged). */
    record Source(String source, String organization, String fiscalYear, List<ChangeView> changes) {
    }

    record ChangeView(String location, String cellType, String before, String after, String rules) {
    }

    static Map<String, Object> variables(WhatIfReport report) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("report", report);
        page.put("counts", report.countsByCellType().entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue())).toList());
        Map<String, List<Change>> bySource = new LinkedHashMap<>();
        report.changes().forEach(c -> bySource.computeIfAbsent(Objects.toString(c.source(), ""),
                k -> new ArrayList<>()).add(c));
        List<Source> sources = new ArrayList<>();
        bySource.forEach((source, changes) -> sources.add(new Source(source, changes.get(0).organization(),
                changes.get(0).fiscalYear(), changes.stream().map(c -> new ChangeView(c.location(), c.cellType(),
                        c.before(), c.after(), rules(c))).toList())));
        page.put("sources", sources);
        return page;
    }

    private static String rules(Change c) {
        String before = Objects.toString(c.ruleBefore(), "－");
        String after = Objects.toString(c.ruleAfter(), "－");
        return before.equals(after) ? before : before + " → " + after;
    }
}
