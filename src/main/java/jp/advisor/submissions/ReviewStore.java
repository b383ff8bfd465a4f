package jp.advisor.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review's tables (state_transition, disposition) and what the review asks of the others, by plain SQL that runs
 * alike on H2 and PostgreSQL. Rows are only ever inserted: the newest row is the state, or the disposition.
 */
@Repository
class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a revision belongs: its organisation and fiscal year. */
    record Year(long organisation, String organization, int fiscalYear) {
    }

    /** A stored finding's row, without the texts (those are in the evaluation's JSON). */
    record FindingRow(long id, int ordinal, String code, String severity, String location, String rule) {
    }

    Optional<Year> yearOf(long submission) {
        return jdbc.sql("select s.organisation_id, o.name, s.fiscal_year from submission s"
                        + " join organisation o on o.id = s.organisation_id where s.id = ?")
                .param(submission)
                .query((rs, n) -> new Year(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /**
     * Locks the organisation's row until the transaction ends, as a submit does: a move or a decision and a new
     * revision of the same organisation happen one after the other, each seeing the other's outcome.
     */
    void lockOrganisation(long organisation) {
        jdbc.sql("select id from organisation where id = ? for update").param(organisation).query(Long.class).single();
    }

    /** The id of the newest revision of the organisation's year, if any. */
    Optional<Long> newestRevision(long organisation, int fiscalYear) {
        return jdbc.sql("select id from submission where organisation_id = ? and fiscal_year = ?"
                        + " order by revision desc limit 1")
                .params(organisation, fiscalYear).query(Long.class).optional();
    }

    /** The newest revision of the organisation's year when that year is 確定, the one state that ends the review. */
    Optional<Long> acceptedRevision(long organisation, int fiscalYear) {
        return newestRevision(organisation, fiscalYear).filter(newest -> stateOf(newest) == ReviewState.ACCEPTED);
    }

    ReviewState stateOf(long submission) {
        return ReviewState.valueOf(jdbc.sql("select " + SubmissionStore.STATE + " from submission s where s.id = ?")
                .param(submission).query(String.class).single());
    }

    void insertTransition(long submission, ReviewState from, ReviewState to, String message, String actor,
                          OffsetDateTime at) {
        jdbc.sql("insert into state_transition (submission_id, from_state, to_state, message, actor, at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(submission, from == null ? null : from.name(), to.name(), message, actor, at)
                .update();
    }

    /** The revision's moves, oldest first. */
    List<StoredSubmission.Transition> transitions(long submission) {
        return jdbc.sql("select from_state, to_state, message, actor, at from state_transition"
                        + " where submission_id = ? order by id")
                .param(submission)
                .query((rs, n) -> {
                    ReviewState from = rs.getString(1) == null ? null : ReviewState.valueOf(rs.getString(1));
                    ReviewState to = ReviewState.valueOf(rs.getString(2));
                    return new StoredSubmission.Transition(from, from == null ? null : from.ja(), to, to.ja(),
                            rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class));
                })
                .list();
    }

    /** The revision's findings in evaluation order. */
    List<FindingRow> findings(long submission) {
        return jdbc.sql("select id, ordinal, code, severity, location, rule from finding where submission_id = ?"
                        + " order by ordinal")
                .param(submission).query(ReviewStore::findingRow).list();
    }

    Optional<FindingRow> finding(long submission, long finding) {
        return jdbc.sql("select id, ordinal, code, severity, location, rule from finding"
                        + " where submission_id = ? and id = ?")
                .params(submission, finding).query(ReviewStore::findingRow).optional();
    }

    private static FindingRow findingRow(ResultSet rs, int row) throws SQLException {
        return new FindingRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    /**
     * Every decision on the revision's findings, oldest first, each with its finding's id, its own id and, when it
     * was carried in from the revision before, that revision's number.
     */
    List<Decided> decisions(long submission) {
        return jdbc.sql("select d.finding_id, d.disposition, d.comment, d.decided_by, d.decided_at, d.id, cs.revision"
                        + " from disposition d join finding f on f.id = d.finding_id"
                        + " left join disposition c on c.id = d.carried_from"
                        + " left join finding cf on cf.id = c.finding_id"
                        + " left join submission cs on cs.id = cf.submission_id"
                        + " where f.submission_id = ? order by d.id")
                .param(submission)
                .query((rs, n) -> {
                    Disposition disposition = Disposition.valueOf(rs.getString(2));
                    return new Decided(rs.getLong(1), rs.getLong(6), new StoredSubmission.Decision(disposition,
                            disposition.ja(), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(7, Integer.class)));
                })
                .list();
    }

    /** A decision, its row's id and the finding it is on. */
    record Decided(long finding, long id, StoredSubmission.Decision decision) {
    }

    void insertDisposition(long finding, Disposition disposition, String comment, String by, OffsetDateTime at) {
        insertDisposition(finding, disposition, comment, by, at, null);
    }

    /** A decision row; {@code carriedFrom} is the decision it copies from the revision before (null when none). */
    void insertDisposition(long finding, Disposition disposition, String comment, String by, OffsetDateTime at,
                           Long carriedFrom) {
        jdbc.sql("insert into disposition (finding_id, disposition, comment, decided_by, decided_at, carried_from)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(finding, disposition.name(), comment, by, at, carriedFrom)
                .update();
    }
}
