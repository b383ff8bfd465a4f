package jp.advisor.backup;

import java.util.List;

/**
 * {@code manifest.json} of a backup folder: what was exported, from where, by whom, and each revision's metadata
 * with the files that hold its JSON. Times are ISO-8601 strings as the database gave them, so that they come back
 * exactly.
 */
record Manifest(String format, int formatVersion, String exportedAt, String exportedBy, String database, String note,
                List<Revision> revisions, String auditLog, String auditCsv, int auditEntries, List<User> users) {

    static final String FORMAT = "evaluation-advisor-backup";
    /**
     * 2 added {@code previousYearRevision}, {@code receivedFile}/{@code receivedName} and {@code carriedFrom}; a
     * version 1 folder (without them) still imports.
     */
    static final int VERSION = 2;
    static final String FILE = "manifest.json";
    static final String AUDIT_LOG = "audit.jsonl";
    static final String AUDIT_CSV = "audit.csv";
    static final String NOTE = "提出データは受け取ったときのままの JSON（submissions/、evaluate でそのまま読めます）、評価は evaluations/"
            + " に同じ名前で。利用者はパスワードのハッシュを含めずに書き出し、import では取り込みません（管理者が作り直します）"
            + " / submissions are the JSON exactly as received (submissions/, readable by evaluate), their evaluations"
            + " under evaluations/ by the same name. Users are exported without password hashes and are not imported"
            + " (an administrator recreates them).";

    /**
     * A stored revision; {@code file} and {@code evaluationFile} are relative to the folder, with {@code /};
     * {@code previousYearRevision} is the revision of the organisation's year before that its evaluation compared
     * with (null when none); {@code receivedFile} the workbook it came as (null for JSON), sent as {@code receivedName}.
     */
    record Revision(String organization, int fiscalYear, int revision, String file, String evaluationFile,
                    String submittedBy, String submittedAt, String ruleSetVersion, String policy, String evaluatedAt,
                    Integer previousYearRevision, String receivedFile, String receivedName, List<Finding> findings,
                    List<Transition> transitions) {
    }

    /** A finding row (its place in the evaluation's findings) with every disposition it was given, oldest first. */
    record Finding(int ordinal, String code, String severity, String location, String rule,
                   List<Disposition> dispositions) {
    }

    /** {@code carriedFrom}: the decision it copies, on the finding at that ordinal of that revision (same year). */
    record Disposition(String disposition, String comment, String decidedBy, String decidedAt, FindingRef carriedFrom) {
    }

    record FindingRef(int revision, int ordinal) {
    }

    record Transition(String fromState, String toState, String message, String actor, String at) {
    }

    /** A user without the password hash. */
    record User(String name, String displayName, List<String> roles, boolean locked, String createdAt,
                List<String> organisations) {
    }

    /** One line of {@code audit.jsonl}; {@code id} is the entry's number in the exported database. */
    record AuditLine(long id, String at, String actor, String action, String subject, String detail) {
    }
}
