package jp.advisor.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to {@code audit_log}: who ({@code actor}), what ({@code action}, e.g. {@code SUBMIT}), on what
 * ({@code subject}, e.g. {@code submission:12}) and the detail. It writes in the caller's transaction, so an entry
 * exists exactly when what it records does. Nothing updates or deletes an entry.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    /** Over any connection; the command line gives its own ({@code users}, {@code import}). */
    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String subject, String detail) {
        jdbc.sql("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor, action, subject, detail)
                .update();
    }
}
