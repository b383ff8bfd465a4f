package jp.advisor.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of the audit log, as {@code GET /api/audit} shows it. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String subject, String detail) {

    /** One page, newest first: {@code page} counts from 0; {@code total} is the number of entries over all pages. */
    public record Page(List<AuditEntry> items, int page, int size, long total) {
    }
}
