package jp.advisor.submissions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A stored revision as the API shows it: its organisation, fiscal year (the Gregorian start year, 2016 for 平成28年度)
 * and revision, who sent it and when, the rule set and policy that judged it and its findings counted by severity.
 */
record StoredSubmission(long id, String organization, int fiscalYear, int revision, String submittedBy,
                        OffsetDateTime submittedAt, String ruleSetVersion, String policy,
                        Map<String, Integer> findingCounts) {

    /** One revision of an organisation's sheet for a year. */
    record Revision(long id, int revision, String submittedBy, OffsetDateTime submittedAt) {
    }

    /** A revision with the other revisions of the same organisation and year, oldest first. */
    record WithRevisions(long id, String organization, int fiscalYear, int revision, String submittedBy,
                         OffsetDateTime submittedAt, String ruleSetVersion, String policy,
                         Map<String, Integer> findingCounts, List<Revision> revisions) {

        WithRevisions(StoredSubmission s, List<Revision> revisions) {
            this(s.id, s.organization, s.fiscalYear, s.revision, s.submittedBy, s.submittedAt, s.ruleSetVersion,
                    s.policy, s.findingCounts, revisions);
        }
    }

    /** One page of a list: {@code page} counts from 0; {@code total} is the number of items over all pages. */
    record Page(List<StoredSubmission> items, int page, int size, long total) {
    }
}
