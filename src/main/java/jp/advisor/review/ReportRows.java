package jp.advisor.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.advisor.facts.Severity;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.facts.CellLocation;

/** The flat view of a report that the CSV, XLSX and HTML renderers share, so they cannot drift apart. */
final class ReportRows {

    static final List<String> COLUMNS = List.of("source", "organization", "fiscalYear", "strategy", "severity",
            "code", "location", "message_ja", "message_en", "cells", "rule", "submissionId", "disposition",
            "disposition_ja", "disposition_comment", "disposition_by", "disposition_at");

    static final String UNREADABLE_CODE = "UNREADABLE_SUBMISSION";

    /** Most severe first; severities outside these sort after them. */

    static final Comparator<Finding> BY_SEVERITY_THEN_LOCATION = Comparator
            .comparingInt((Finding f) -> severityRank(f.severity()))
            .thenComparing(f -> text(f.severity()))
            .thenComparing(f -> text(f.location()));


    private ReportRows() {
    }

    /** One CSV / spreadsheet line, every value non-null. */
    record Row(String source, String organization, String fiscalYear, String strategy, String severity, String code,
               String location, String messageJa, String messageEn, String cells, String rule, String submissionId,
               String disposition, String dispositionJa, String dispositionComment, String dispositionBy,
               String dispositionAt) {

        /** In {@link #COLUMNS} order. */
        List<String> values() {
            return List.of(source, organization, fiscalYear, strategy, severity, code, location, messageJa, messageEn,
                    cells, rule, submissionId, disposition, dispositionJa, dispositionComment, dispositionBy,
                    dispositionAt);
        }
    }

    /** Per code, how many of each severity; rows include unreadable sources, as the CSV does. */
    record Counts(List<String> severities, Map<String, Map<String, Integer>> byCode, Map<String, Integer> bySeverity,
                  int total) {
    }

    /** Findings in report order, then one error row per unreadable source. */
    static List<Row> rows(ReviewReport report) {
        List<Row> rows = new ArrayList<>();
        for (ReviewReport.ReviewedSubmission s : list(report.submissions())) {
            List<Finding> findings = list(s.findings());
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                ReviewReport.Disposition d = s.dispositions().get(i);
                rows.add(new Row(text(s.source()), text(s.organization()), text(s.fiscalYear()),
                        CellLocation.strategyIdOf(f.location()), text(f.severity()), text(f.code()), text(f.location()),
                        f.message() == null ? "" : text(f.message().ja()),
                        f.message() == null ? "" : text(f.message().en()), cells(f.cells()), text(f.rule()),
                        s.submissionId() == null ? "" : s.submissionId().toString(),
                        d == null ? "" : text(d.code()), d == null ? "" : text(d.label()),
                        d == null ? "" : text(d.comment()), d == null ? "" : text(d.decidedBy()),
                        d == null || d.decidedAt() == null ? "" : d.decidedAt().toString()));
            }
        }
        for (ReviewReport.UnreadableSource u : list(report.unreadable())) {
            // Problems are whatever the reader reported, so they go in both message columns: filtering either finds them.
            String problems = problems(u);
            rows.add(new Row(text(u.source()), "", "", "", "error", UNREADABLE_CODE, "", problems, problems, "", "",
                    "", "", "", "", "", ""));
        }
        return rows;
    }

    static Counts counts(ReviewReport report) {
        List<Row> rows = rows(report);
        List<String> severities = new ArrayList<>(Severity.CODES);
        rows.stream().map(Row::severity).distinct().sorted()
                .filter(s -> !severities.contains(s)).forEach(severities::add);
        Map<String, Map<String, Integer>> byCode = new TreeMap<>();
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        severities.forEach(s -> bySeverity.put(s, 0));
        for (Row row : rows) {
            byCode.computeIfAbsent(row.code(), c -> {
                Map<String, Integer> zero = new LinkedHashMap<>();
                severities.forEach(s -> zero.put(s, 0));
                return zero;
            }).merge(row.severity(), 1, Integer::sum);
            bySeverity.merge(row.severity(), 1, Integer::sum);
        }
        return new Counts(List.copyOf(severities), byCode, bySeverity, rows.size());
    }

    /** "name=value; name=value", in the order the rule quoted them. */
    static String cells(Map<String, String> cells) {
        if (cells == null) {
            return "";
        }
        return cells.entrySet().stream().map(e -> text(e.getKey()) + "=" + text(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static String problems(ReviewReport.UnreadableSource source) {
        return list(source.problems()).stream().map(ReportRows::text).collect(Collectors.joining("; "));
    }

    static int severityRank(String severity) {
        return Severity.rank(severity);
    }

    /**
     * Orders ids the way a reader numbers them: digit runs compare as numbers, so "7-2" comes before "7-10".
     */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int cmp = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (cmp != 0) {
                    return cmp;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
