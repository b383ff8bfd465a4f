package jp.advisor.submissions;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionReader;

/**
 * The read API of stored submissions for other modules (review, what-if, the false-positive signal): the newest
 * revision of each organisation and fiscal year, the sheet read back as it was received, and each stored finding with
 * its current disposition. Access is the caller's: these are for endpoints already limited to reviewers or policy.
 */
@Service
public class StoredSheets {

    private static final Logger LOG = LoggerFactory.getLogger(StoredSheets.class);

    // The newest revision of its organisation and year (same condition as the submissions list).
    private static final String NEWEST = "s.revision = (select max(s2.revision) from submission s2"
            + " where s2.organisation_id = s.organisation_id and s2.fiscal_year = s.fiscal_year)";

    // A finding's current disposition: its row with the highest id.
    private static final String CURRENT_DISPOSITION = "d.id = (select max(d2.id) from disposition d2"
            + " where d2.finding_id = d.finding_id)";

    /** The newest revision of an organisation's sheet for a year, with its stored findings by ordinal. */
    public record Sheet(long id, String organization, int fiscalYear, int revision, Submission submission,
                        SortedMap<Integer, StoredFinding> findings) {

        /** Where the API serves it: what reports name it by, so that a page can link to it. */
        public String path() {
            return pathOf(id);
        }
    }

    private static String pathOf(long id) {
        return "/api/submissions/" + id;
    }

    /** A finding as stored when the sheet was submitted, and its current disposition (null when none yet). */
    public record StoredFinding(int ordinal, String code, String severity, String location, String rule,
                                Disposition disposition) {
    }

    /**
     * A reviewer's current decision on a finding.
     *
     * @param code  FIX, EXPLAINED or FALSE_POSITIVE
     * @param label 要修正, 説明あり or 誤検知 (the code itself for one not known here)
     */
    public record Disposition(String code, String label, String comment, String decidedBy, OffsetDateTime decidedAt) {
    }

    /** Per finding code over the newest revisions: how many stored, disposed at all, and as FALSE_POSITIVE. */
    public record CodeDispositions(String code, List<String> rules, int findings, int disposed, int falsePositives) {
    }

    static final String FALSE_POSITIVE = "FALSE_POSITIVE";

    private static final Map<String, String> LABELS = Map.of("FIX", "要修正", "EXPLAINED", "説明あり",
            FALSE_POSITIVE, "誤検知");

    private final JdbcClient jdbc;
    private final SubmissionReader reader;

    StoredSheets(JdbcClient jdbc, SubmissionReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /** A stored sheet the reader of today no longer reads (it was read when stored), with why. */
    public record Unreadable(long id, List<String> problems) {

        /** Where the API serves it, as {@link Sheet#path()}. */
        public String path() {
            return pathOf(id);
        }
    }

    /** The newest revisions read back: those that read, and those a changed reader now refuses. */
    public record Read(List<Sheet> sheets, List<Unreadable> unreadable) {
    }

    /**
     * The newest revision of every organisation for each of {@code years} (every year when null), by year, then
     * organisation name; one that no longer reads (a reader made stricter since it was stored) is left out and logged,
     * so that it cannot stop the others being used. {@link #read} names them too.
     */
    public List<Sheet> latest(Collection<Integer> years) {
        return read(years).sheets();
    }

    /** As {@link #latest}, with the sheets that no longer read, for a report to name. */
    public Read read(Collection<Integer> years) {
        List<Object> params = new ArrayList<>();
        String where = " where " + NEWEST + years(years, params);
        record Row(long id, String organization, int year, int revision, String json) {
        }
        List<Row> rows = jdbc.sql("select s.id, o.name, s.fiscal_year, s.revision, s.submission_json from submission s"
                        + " join organisation o on o.id = s.organisation_id" + where + " order by s.fiscal_year, o.name")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
        Map<Long, SortedMap<Integer, StoredFinding>> findings = findings(years);
        List<Sheet> sheets = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Row r : rows) {
            try {
                sheets.add(new Sheet(r.id(), r.organization(), r.year(), r.revision(), readBack(r.id(), r.json()),
                        Collections.unmodifiableSortedMap(findings.getOrDefault(r.id(), new TreeMap<>()))));
            } catch (SubmissionException e) {
                unreadable.add(new Unreadable(r.id(), e.getProblems().stream().map(SubmissionProblem::describe).toList()));
            }
        }
        return new Read(List.copyOf(sheets), List.copyOf(unreadable));
    }

    /**
     * A stored sheet read with today's reader. It was read when it was stored, so only a reader made stricter since
     * can refuse it: that is logged and thrown, for the caller to leave the sheet out rather than stop.
     */
    Submission readBack(long id, String json) {
        try {
            return reader.read(json.getBytes(StandardCharsets.UTF_8), "submission " + id);
        } catch (SubmissionException e) {
            LOG.warn("stored submission {} no longer reads: {}", id, e.getMessage());
            throw e;
        }
    }

    /** Over the newest revisions of {@code years} (every year when null), most false positives first, then by code. */
    public List<CodeDispositions> dispositionsByCode(Collection<Integer> years) {
        List<Object> params = new ArrayList<>();
        String sql = "select f.code, f.rule, d.disposition from finding f"
                + " join submission s on s.id = f.submission_id"
                + " left join disposition d on d.finding_id = f.id and " + CURRENT_DISPOSITION
                + " where " + NEWEST + years(years, params);
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, SortedSet<String>> rules = new TreeMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String code = rs.getString(1);
            int[] c = counts.computeIfAbsent(code, k -> new int[3]);
            c[0]++;
            String disposition = rs.getString(3);
            c[1] += disposition == null ? 0 : 1;
            c[2] += FALSE_POSITIVE.equals(disposition) ? 1 : 0;
            if (rs.getString(2) != null) {
                rules.computeIfAbsent(code, k -> new TreeSet<>()).add(rs.getString(2));
            }
        });
        List<CodeDispositions> byCode = new ArrayList<>();
        counts.forEach((code, c) -> byCode.add(new CodeDispositions(code,
                List.copyOf(rules.getOrDefault(code, Collections.emptySortedSet())), c[0], c[1], c[2])));
        byCode.sort((a, b) -> Integer.compare(b.falsePositives(), a.falsePositives()));
        return byCode;
    }

    /** The stored findings of the newest revisions of {@code years}, by submission id, each with its disposition. */
    private Map<Long, SortedMap<Integer, StoredFinding>> findings(Collection<Integer> years) {
        List<Object> params = new ArrayList<>();
        Map<Long, SortedMap<Integer, StoredFinding>> bySubmission = new TreeMap<>();
        jdbc.sql("select f.submission_id, f.ordinal, f.code, f.severity, f.location, f.rule,"
                        + " d.disposition, d.comment, d.decided_by, d.decided_at from finding f"
                        + " join submission s on s.id = f.submission_id"
                        + " left join disposition d on d.finding_id = f.id and " + CURRENT_DISPOSITION
                        + " where " + NEWEST + years(years, params))
                .params(params)
                .query(rs -> {
                    String code = rs.getString(7);
                    Disposition disposition = code == null ? null : new Disposition(code, LABELS.getOrDefault(code, code),
                            rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class));
                    StoredFinding f = new StoredFinding(rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), disposition);
                    bySubmission.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(f.ordinal(), f);
                });
        return bySubmission;
    }

    /** " and s.fiscal_year in (…)" for the given years (none when null), their values added to {@code params}. */
    private static String years(Collection<Integer> years, List<Object> params) {
        if (years == null) {
            return "";
        }
        if (years.isEmpty()) {
            return " and 1 = 0";
        }
        params.addAll(years);
        return " and s.fiscal_year" + SubmissionStore.in(years.size());
    }
}
