package jp.advisor.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.audit.AuditCsv;
import jp.advisor.audit.AuditEntry;

/**
 * Writes a backup folder from a database: {@code submissions/<organisation>/<year>/r<revision>.json} (as received),
 * {@code evaluations/…} beside them under the same names (apart, so that {@code evaluate submissions/} reads only
 * sheets), {@code manifest.json}, {@code audit.jsonl} and {@code audit.csv}. Everything is read in one
 * repeatable-read transaction: a service writing meanwhile (PostgreSQL) cannot make the parts disagree.
 */
public final class BackupExport {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper LINES = JsonMapper.builder().build();

    /** What was written. */
    public record Summary(int revisions, int auditEntries, int users) {
    }

    /** The folder exists and holds something: an export never mixes with or overwrites older files. */
    public static final class NotEmptyException extends RuntimeException {
        NotEmptyException(Path dir) {
            super("フォルダ " + dir + " は空ではありません。新しいフォルダを指定してください / the folder " + dir
                    + " is not empty: give a new folder");
        }
    }

    private BackupExport() {
    }

    public static Summary export(DataSource dataSource, String database, String exportedBy, Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> inside = Files.list(dir)) {
                if (inside.findAny().isPresent()) {
                    throw new NotEmptyException(dir);
                }
            }
        }
        Files.createDirectories(dir);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        transaction.setReadOnly(true);
        return transaction.execute(status -> {
            try {
                return write(JdbcClient.create(dataSource), database, exportedBy, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Summary write(JdbcClient jdbc, String database, String exportedBy, Path dir) throws IOException {
        SafeNames names = new SafeNames();
        List<Manifest.Revision> revisions = new ArrayList<>();
        List<Stored> stored = jdbc.sql("select s.id, o.name, s.fiscal_year, s.revision, s.submitted_by, s.submitted_at,"
                        + " s.submission_json, e.rule_set_version, e.policy, e.evaluated_at, e.evaluation_json, p.revision,"
                        + " s.received_file, s.received_name"
                        + " from submission s join organisation o on o.id = s.organisation_id"
                        + " join evaluation e on e.submission_id = s.id"
                        + " left join submission p on p.id = e.previous_submission_id"
                        + " order by o.name, s.fiscal_year, s.revision")
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        text(rs.getObject(6, OffsetDateTime.class)), rs.getString(7), rs.getString(8), rs.getString(9),
                        text(rs.getObject(10, OffsetDateTime.class)), rs.getString(11), rs.getObject(12, Integer.class),
                        rs.getBytes(13), rs.getString(14)))
                .list();
        for (Stored s : stored) {
            String relative = names.folderOf(s.organisation) + "/" + s.year + "/r" + s.revision + ".json";
            writeString(dir.resolve("submissions/" + relative), s.submissionJson);
            writeString(dir.resolve("evaluations/" + relative), s.evaluationJson);
            String received = null;
            if (s.receivedFile != null) {
                received = "received/" + relative.substring(0, relative.length() - ".json".length()) + ".xlsx";
                Files.createDirectories(dir.resolve(received).getParent());
                Files.write(dir.resolve(received), s.receivedFile);
            }
            revisions.add(new Manifest.Revision(s.organisation, s.year, s.revision, "submissions/" + relative,
                    "evaluations/" + relative, s.submittedBy, s.submittedAt, s.ruleSetVersion, s.policy, s.evaluatedAt,
                    s.previousYearRevision, received, s.receivedName, findings(jdbc, s.id), transitions(jdbc, s.id)));
        }
        int audit = audit(jdbc, dir);
        List<Manifest.User> users = users(jdbc);
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, text(OffsetDateTime.now(ZoneOffset.UTC)),
                exportedBy, database, Manifest.NOTE, revisions, Manifest.AUDIT_LOG, Manifest.AUDIT_CSV, audit, users);
        JSON.writeValue(dir.resolve(Manifest.FILE).toFile(), manifest);
        return new Summary(revisions.size(), audit, users.size());
    }

    private static List<Manifest.Finding> findings(JdbcClient jdbc, long submission) {
        Map<Long, List<Manifest.Disposition>> dispositions = jdbc.sql("select d.finding_id, d.disposition, d.comment,"
                        + " d.decided_by, d.decided_at, cs.revision, cf.ordinal from disposition d"
                        + " join finding f on f.id = d.finding_id"
                        + " left join disposition c on c.id = d.carried_from"
                        + " left join finding cf on cf.id = c.finding_id"
                        + " left join submission cs on cs.id = cf.submission_id"
                        + " where f.submission_id = ? order by d.id")
                .param(submission)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Manifest.Disposition(rs.getString(2), rs.getString(3),
                        rs.getString(4), text(rs.getObject(5, OffsetDateTime.class)), rs.getObject(6) == null ? null
                        : new Manifest.FindingRef(rs.getInt(6), rs.getInt(7)))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, ordinal, code, severity, location, rule from finding where submission_id = ? order by ordinal")
                .param(submission)
                .query((rs, n) -> new Manifest.Finding(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), dispositions.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private static List<Manifest.Transition> transitions(JdbcClient jdbc, long submission) {
        return jdbc.sql("select from_state, to_state, message, actor, at from state_transition where submission_id = ?"
                        + " order by id")
                .param(submission)
                .query((rs, n) -> new Manifest.Transition(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), text(rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    /** Oldest first, as appended: the JSON lines and the CSV (the CSV as {@code GET /api/audit?format=csv} writes it). */
    private static int audit(JdbcClient jdbc, Path dir) throws IOException {
        List<AuditEntry> entries = jdbc.sql("select id, at, actor, action, subject, detail from audit_log order by id")
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        try (Writer lines = Files.newBufferedWriter(dir.resolve(Manifest.AUDIT_LOG), StandardCharsets.UTF_8)) {
            for (AuditEntry e : entries) {
                lines.write(LINES.writeValueAsString(new Manifest.AuditLine(e.id(), text(e.at()), e.actor(), e.action(),
                        e.subject(), e.detail())));
                lines.write('\n');
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(Manifest.AUDIT_CSV)); AuditCsv csv = new AuditCsv(out)) {
            entries.forEach(csv::write);
        }
        return entries.size();
    }

    private static List<Manifest.User> users(JdbcClient jdbc) {
        Map<Long, List<String>> organisations = jdbc.sql("select uo.user_id, o.name from user_organisation uo"
                        + " join organisation o on o.id = uo.organisation_id order by o.name")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, name, display_name, roles, locked, created_at from app_user order by name")
                .query((rs, n) -> new Manifest.User(rs.getString(2), rs.getString(3),
                        Arrays.stream(rs.getString(4).split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList(),
                        rs.getBoolean(5), text(rs.getObject(6, OffsetDateTime.class)),
                        organisations.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private static void writeString(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static String text(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }

    private record Stored(long id, String organisation, int year, int revision, String submittedBy, String submittedAt,
                          String submissionJson, String ruleSetVersion, String policy, String evaluatedAt,
                          String evaluationJson, Integer previousYearRevision, byte[] receivedFile, String receivedName) {
    }
}
