package jp.advisor.audit;

import java.time.OffsetDateTime;

/** One line of the audit log, as {@code GET /api/audit} shows it. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String subject, String detail) {
}
