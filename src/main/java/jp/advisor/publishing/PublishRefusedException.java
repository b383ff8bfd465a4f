package jp.advisor.publishing;

import jp.advisor.policy.RuleCheck;

/**
 * A candidate that compiles but fails the check publishing runs (table analysis, every fixture case, none of
 * which may throw): nothing was published and the set in use keeps answering. There is no override.
 */
public class PublishRefusedException extends RuntimeException {

    private final transient RuleCheck.Report report;

    public PublishRefusedException(RuleCheck.Report report) {
        super("公開できません：検査に通りません / not published: the candidate fails the check");
        this.report = report;
    }

    public RuleCheck.Report report() {
        return report;
    }
}
