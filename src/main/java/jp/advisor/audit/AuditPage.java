package jp.advisor.audit;

import java.util.List;

/**
 * One page of the audit log, newest first: {@code page} counts from 0; {@code total} is the number of entries over
 * all pages. Not a nested {@code Page}: the API description names schemas by simple name, and submissions have one.
 */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
}
