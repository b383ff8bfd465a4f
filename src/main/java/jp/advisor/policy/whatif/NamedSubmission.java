package jp.advisor.policy.whatif;

import jp.advisor.submission.Submission;

/**
 * A submission with the name it is reported under.
 *
 * @param source       the file name or other label the report shows and lists failures under
 * @param submissionId the stored submission it is, so that a change can link to it; null for a file
 */
public record NamedSubmission(String source, Submission submission, Long submissionId) {

    /** A submission that is not stored (a file). */
    public NamedSubmission(String source, Submission submission) {
        this(source, submission, null);
    }
}
