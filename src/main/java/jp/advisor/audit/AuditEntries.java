package jp.advisor.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log, newest first (by id: entries are numbered as they are appended). */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "select id, at, actor, action, subject, detail from audit_log";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage page(AuditQuery query, int page, int size) {
        Where where = where(query);
        long total = jdbc.sql("select count(*) from audit_log" + where.sql).params(where.params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(where.params);
        paged.add(size);
        paged.add((long) page * size);
        List<AuditEntry> items = jdbc.sql(COLUMNS + where.sql + " order by id desc limit ? offset ?").params(paged)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        return new AuditPage(items, page, size, total);
    }

    /** Every matching entry, newest first, handed over row by row as the query reads them. */
    public void each(AuditQuery query, Consumer<AuditEntry> entry) {
        Where where = where(query);
        jdbc.sql(COLUMNS + where.sql + " order by id desc").params(where.params)
                .query(rs -> {
                    entry.accept(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                });
    }

    private static Where where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(conditions, params, "at >= ?", query.from());
        add(conditions, params, "at <= ?", query.to());
        add(conditions, params, "actor = ?", query.actor());
        add(conditions, params, "action = ?", query.action());
        add(conditions, params, "subject = ?", query.subject());
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
    }

    private record Where(String sql, List<Object> params) {
    }
}
