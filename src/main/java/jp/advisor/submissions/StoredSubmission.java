package jp.advisor.submissions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored revision as the API shows it: its organisation, fiscal year (the Gregorian start year, 2016 for 平成28年度)
 * and revision, who sent it and when, the rule set and policy that judged it, its findings counted by severity and
 * how many of them no reviewer has decided on yet, and where it is in the review (the code and its Japanese word).
 * {@code previousYearSubmission} is the id of the organisation's previous-year revision its 前年度 figures were compared
 * with on arrival (the newest stored then), null when none was stored.
 */
public record StoredSubmission(long id, String organization, int fiscalYear, int revision, String submittedBy,
                        OffsetDateTime submittedAt, String ruleSetVersion, String policy, Long previousYearSubmission,
                        Map<String, Integer> findingCounts, int undecidedFindings, ReviewState state,
                        String stateLabel) {

    /** One revision of an organisation's sheet for a year, with where it is (or ended) in the review. */
    public record Revision(long id, int revision, String submittedBy, OffsetDateTime submittedAt, ReviewState state,
                    String stateLabel) {
    }

    /** A revision with the other revisions of the same organisation and year, oldest first. */
    public record WithRevisions(long id, String organization, int fiscalYear, int revision, String submittedBy,
                         OffsetDateTime submittedAt, String ruleSetVersion, String policy, Long previousYearSubmission,
                         Map<String, Integer> findingCounts, int undecidedFindings, ReviewState state,
                         String stateLabel, List<Revision> revisions) {

        WithRevisions(StoredSubmission s, List<Revision> revisions) {
            this(s.id, s.organization, s.fiscalYear, s.revision, s.submittedBy, s.submittedAt, s.ruleSetVersion,
                    s.policy, s.previousYearSubmission, s.findingCounts, s.undecidedFindings, s.state, s.stateLabel, revisions);
        }
    }

    /** A revision with its moves through the review, oldest first. */
    public record WithTransitions(@JsonUnwrapped StoredSubmission submission, List<Transition> transitions) {
    }

    /** One move: {@code from} is null for the first, the submit itself; the message is the reviewer's to the ward. */
    public record Transition(ReviewState from, String fromLabel, ReviewState to, String toLabel, String message, String actor,
                      OffsetDateTime at) {
    }

    /**
     * A stored finding ({@code id} the one to name in a disposition; {@code ordinal} its place in the evaluation's
     * findings, whose texts {@code message} / {@code messageEn} are), its disposition (the newest decision, null while
     * undecided) and every decision on it, oldest first.
     */
    public record Finding(long id, int ordinal, String code, String severity, String location, String rule, String message,
                   String messageEn, Decision disposition, List<Decision> history) {
    }

    /**
     * A reviewer's decision on a finding; {@code carriedFromRevision} names the revision whose same finding (same code,
     * same location) it was decided on, when it was carried into this one on arrival (null for a decision made here).
     */
    public record Decision(Disposition disposition, String dispositionLabel, String comment, String decidedBy,
                    OffsetDateTime decidedAt, Integer carriedFromRevision) {
    }

    /** One page of a list: {@code page} counts from 0; {@code total} is the number of items over all pages. */
    public record Page(List<StoredSubmission> items, int page, int size, long total) {
    }
}
