package jp.advisor.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import jp.advisor.facts.Severity;

/**
 * The tables of stored submissions (V3__submissions.sql), by plain SQL that runs alike on H2 and PostgreSQL. Rows
 * are only ever inserted. The writes are meant to run inside one transaction ({@link StoredSubmissions}).
 */
@Repository
class SubmissionStore {

    /**
     * The review state of revision {@code s}: its newest transition's, by id (two may share a timestamp); 提出 for a
     * revision stored before transitions were recorded.
     */
    static final String STATE = "coalesce((select t.to_state from state_transition t where t.id ="
            + " (select max(t2.id) from state_transition t2 where t2.submission_id = s.id)), 'SUBMITTED')";

    private static final String SUMMARY = "select s.id, o.name, s.fiscal_year, s.revision, s.submitted_by, s.submitted_at,"
            + " e.rule_set_version, e.policy, s.organisation_id, " + STATE + ", e.previous_submission_id"
            + " from submission s join organisation o on o.id = s.organisation_id"
            + " join evaluation e on e.submission_id = s.id";

    private static final String NEWEST = " s.revision = (select max(s2.revision) from submission s2"
            + " where s2.organisation_id = s.organisation_id and s2.fiscal_year = s.fiscal_year)";

    private final JdbcClient jdbc;

    /** {@code " in (?, ?, …)"} with {@code count} parameters (one at least). */
    static String in(int count) {
        return " in (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The organisation's id, its row created when new, and locked until the transaction ends: revisions of one
     * organisation are numbered one transaction at a time. Two transactions creating the same new organisation
     * make one of them fail on the unique name, to be retried.
     */
    long lockOrganisation(String name) {
        Optional<Long> id = jdbc.sql("select id from organisation where name = ? for update").param(name)
                .query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name) values (?)").param(name).update(key, "id");
        return key.getKey().longValue();
    }

    int nextRevision(long organisation, int fiscalYear) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from submission where organisation_id = ? and fiscal_year = ?")
                .params(organisation, fiscalYear).query(Integer.class).single();
    }

    /** A revision; {@code received} is the workbook it came as (null for JSON). */
    long insertSubmission(long organisation, int fiscalYear, int revision, String by, OffsetDateTime at, String json,
                          ReceivedFile received) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into submission (organisation_id, fiscal_year, revision, submitted_by, submitted_at, submission_json,"
                        + " received_file, received_name) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisation, fiscalYear, revision, by, at, json, received == null ? null : received.bytes(),
                        received == null ? null : received.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ReceivedFile> receivedFile(long submission) {
        return jdbc.sql("select received_file, received_name from submission where id = ? and received_file is not null")
                .param(submission)
                .query((rs, n) -> new ReceivedFile(rs.getString(2), rs.getBytes(1)))
                .optional();
    }

    void insertEvaluation(long submission, String ruleSetVersion, String policy, OffsetDateTime at, String json,
                          Long previousYearSubmission) {
        jdbc.sql("insert into evaluation (submission_id, rule_set_version, policy, evaluated_at, evaluation_json,"
                        + " previous_submission_id) values (?, ?, ?, ?, ?, ?)")
                .params(submission, ruleSetVersion, policy, at, json, previousYearSubmission)
                .update();
    }

    /** Stores a finding row and answers its id. */
    long insertFinding(long submission, int ordinal, String code, String severity, String location, String rule) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into finding (submission_id, ordinal, code, severity, location, rule) values (?, ?, ?, ?, ?, ?)")
                .params(submission, ordinal, code, severity, location, rule)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A stored revision's id and the sheet as stored. */
    record Sheet(long id, int revision, String json) {
    }

    /** The newest stored revision of the organisation (by name) for the year, if any. */
    Optional<Sheet> newest(String organization, int fiscalYear) {
        return jdbc.sql("select s.id, s.revision, s.submission_json from submission s"
                        + " join organisation o on o.id = s.organisation_id"
                        + " where o.name = ? and s.fiscal_year = ? order by s.revision desc limit 1")
                .params(organization, fiscalYear)
                .query((rs, n) -> new Sheet(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    Optional<StoredSubmission> find(long id) {
        return withCounts(jdbc.sql(SUMMARY + " where s.id = ?").param(id).query(this::row).list()).stream().findFirst();
    }

    /** The revisions of the organisation and year of {@code id} other than it, oldest first. */
    List<StoredSubmission.Revision> otherRevisions(long id) {
        return jdbc.sql("select s.id, s.revision, s.submitted_by, s.submitted_at, " + STATE + " from submission s"
                        + " join submission t on t.organisation_id = s.organisation_id"
                        + " and t.fiscal_year = s.fiscal_year"
                        + " where t.id = ? and s.id <> t.id order by s.revision")
                .param(id)
                .query((rs, n) -> {
                    ReviewState state = ReviewState.valueOf(rs.getString(5));
                    return new StoredSubmission.Revision(rs.getLong(1), rs.getInt(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), state, state.ja());
                })
                .list();
    }

    Optional<String> submissionJson(long submission) {
        return jdbc.sql("select submission_json from submission where id = ?").param(submission)
                .query(String.class).optional();
    }

    Optional<String> evaluationJson(long submission) {
        return jdbc.sql("select evaluation_json from evaluation where submission_id = ?").param(submission)
                .query(String.class).optional();
    }

    /**
     * A page of the stored submissions, by organisation name, then the newest year and revision first; only the
     * newest revision of each organisation and year unless {@code allRevisions}; within the given organisations
     * unless null; in the given review state unless null.
     */
    StoredSubmission.Page list(List<String> organisations, Integer fiscalYear, ReviewState state, boolean allRevisions,
                               int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (organisations != null) {
            where.add(organisations.isEmpty() ? " 1 = 0"
                    : " o.name" + in(organisations.size()));
            params.addAll(organisations);
        }
        if (fiscalYear != null) {
            where.add(" s.fiscal_year = ?");
            params.add(fiscalYear);
        }
        if (state != null) {
            where.add(" " + STATE + " = ?");
            params.add(state.name());
        }
        if (!allRevisions) {
            where.add(NEWEST);
        }
        String filter = where.isEmpty() ? "" : " where" + String.join(" and", where);
        long total = jdbc.sql("select count(*) from submission s join organisation o on o.id = s.organisation_id" + filter)
                .params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<Row> rows = jdbc.sql(SUMMARY + filter
                        + " order by o.name, s.fiscal_year desc, s.revision desc limit ? offset ?")
                .params(paged).query(this::row).list();
        return new StoredSubmission.Page(withCounts(rows), page, size, total);
    }

    /** A submission's columns of {@link #SUMMARY}, before its findings are counted. */
    private record Row(long id, String organization, int fiscalYear, int revision, String submittedBy,
                       OffsetDateTime submittedAt, String ruleSetVersion, String policy, ReviewState state,
                       Long previousYearSubmission) {
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8),
                ReviewState.valueOf(rs.getString(10)), rs.getObject(11, Long.class));
    }

    /**
     * The rows with their findings counted by severity (every severity, 0 where none) and the findings no disposition
     * has decided yet: one grouped query for the whole page, not two per submission.
     */
    private List<StoredSubmission> withCounts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        for (Long id : ids) {
            Map<String, Integer> zero = new LinkedHashMap<>();
            Severity.CODES.forEach(s -> zero.put(s, 0));
            counts.put(id, zero);
        }
        Map<Long, Integer> undecided = new HashMap<>();
        // A finding may have several dispositions (each kept): "undecided" asks whether one exists, not a join.
        jdbc.sql("select f.submission_id, f.severity, count(*),"
                        + " sum(case when exists (select 1 from disposition d where d.finding_id = f.id) then 0 else 1 end)"
                        + " from finding f where f.submission_id" + in(ids.size()) + " group by f.submission_id, f.severity")
                .params(ids)
                .query((rs, n) -> {
                    counts.get(rs.getLong(1)).put(rs.getString(2), rs.getInt(3));
                    return undecided.merge(rs.getLong(1), rs.getInt(4), Integer::sum);
                })
                .list();
        return rows.stream().map(r -> new StoredSubmission(r.id(), r.organization(), r.fiscalYear(), r.revision(),
                r.submittedBy(), r.submittedAt(), r.ruleSetVersion(), r.policy(), r.previousYearSubmission(), counts.get(r.id()),
                undecided.getOrDefault(r.id(), 0), r.state(), r.state().ja())).toList();
    }
}
