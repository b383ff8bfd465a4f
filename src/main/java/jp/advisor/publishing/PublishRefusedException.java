package jp.advisor.publishing;

import jp.advisor.policy.RuleCheck;

/** A candidate that compiles but does not pass the table analysis: nothing was published. */
public class PublishRefusedException extends RuntimeException {

    private final transient RuleCheck.Report report;

    public PublishRefusedException(RuleCheck.Report report) {
        super("公開できません：判定表に問題があります / not published: the tables have problems");
        this.report = report;
    }

    public RuleCheck.Report report() {
        return report;
    }
}
