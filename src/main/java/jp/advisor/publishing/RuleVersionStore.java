package jp.advisor.publishing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of rule sets, in the database (H2 by default, PostgreSQL supported). The service writes it; the
 * command line reads it through {@link PublishedHistory} with a plain connection.
 */
@Repository
class RuleVersionStore {

    private final JdbcClient jdbc;

    RuleVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    PublishedVersion save(String version, String kind, Long rolledBackTo, Long base, String by, String summary,
                          Map<String, byte[]> files) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_version (version, kind, rolled_back_to, base_id, published_by, published_at, summary)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(version, kind, rolledBackTo, base, by, now, summary)
                .update(key, "id");
        long id = key.getKey().longValue();
        files.forEach((name, bytes) -> jdbc.sql("insert into rule_file (version_id, name, content_base64) values (?, ?, ?)")
                .params(id, name, Base64.getEncoder().encodeToString(bytes))
                .update());
        return new PublishedVersion(id, version, kind, rolledBackTo, base, by, now, summary, List.copyOf(files.keySet()));
    }

    private static final String ENTRY = "select id, version, kind, rolled_back_to, base_id, published_by, published_at, summary"
            + " from rule_version";

    /** Newest first. */
    List<PublishedVersion> list() {
        return jdbc.sql(ENTRY + " order by id desc").query(this::entry).list();
    }

    private PublishedVersion entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PublishedVersion(rs.getLong("id"), rs.getString("version"), rs.getString("kind"),
                rs.getObject("rolled_back_to", Long.class), rs.getObject("base_id", Long.class),
                rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("summary"), fileNames(rs.getLong("id")));
    }

    /** The id of the newest entry (the set every instance should answer with); a cheap read, for the refresh. */
    Optional<Long> newestId() {
        return jdbc.sql("select id from rule_version order by id desc fetch first 1 rows only").query(Long.class).optional();
    }

    /**
     * Locks the newest entry's row until the surrounding transaction ends: every publish and rollback, on any
     * instance, takes this lock before it writes, so they write one after another, and one that waited sees what
     * the other wrote when it reads {@link #newestId()} again. Plain reads are not blocked. Nothing is locked while
     * the history is empty (only a seed is written then). Must run inside a transaction.
     */
    Optional<Long> lockNewest() {
        return jdbc.sql("select id from rule_version where id = (select max(id) from rule_version) for update")
                .query(Long.class).optional();
    }

    Optional<PublishedVersion> latest() {
        return list().stream().findFirst();
    }

    Optional<PublishedVersion> find(long id) {
        return jdbc.sql(ENTRY + " where id = ?").param(id).query(this::entry).optional();
    }

    /**
     * An entry named as people name them: its id ({@code 3}, {@code #3}) or its content hash
     * ({@code sha256:…}, the newest entry with it).
     */
    Optional<PublishedVersion> find(String idOrVersion) {
        String named = idOrVersion == null ? "" : idOrVersion.strip();
        String id = named.startsWith("#") ? named.substring(1) : named;
        if (!id.isEmpty() && id.chars().allMatch(Character::isDigit) && id.length() < 19) {
            return find(Long.parseLong(id));
        }
        return list().stream().filter(v -> v.version().equals(named)).findFirst();
    }

    Map<String, byte[]> files(long id) {
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.sql("select name, content_base64 from rule_file where version_id = ? order by name")
                .param(id)
                .query((rs, n) -> files.put(rs.getString("name"),
                        Base64.getDecoder().decode(rs.getString("content_base64").getBytes(StandardCharsets.US_ASCII))))
                .list();
        return files;
    }

    private List<String> fileNames(long id) {
        return jdbc.sql("select name from rule_file where version_id = ? order by name").param(id)
                .query(String.class).list();
    }
}
