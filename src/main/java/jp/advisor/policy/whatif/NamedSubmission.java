package jp.advisor.policy.whatif;

import jp.advisor.submission.Submission;

/**
 * A submission with the name it is reported under.
 *
 * @param source the file name or other label the report shows and lists failures under
 */
public record NamedSubmission(String source, Submission submission) {
}
