package jp.advisor.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;

/**
 * Loads a backup folder ({@link BackupExport}) into a database, its schema first brought up to date by the
 * service's own migrations, all in one transaction: any problem and nothing is imported. Idempotent: a revision
 * already there (same organisation, year and revision) with the same JSON is skipped, with other JSON it is an
 * error naming the file; a disposition, a transition or an audit entry already there (the same fields, the same
 * instant) is not added again. Revisions keep their numbers, so a later upload continues after the highest. Users
 * are not imported (the backup has no password hashes). The import itself is an audit entry {@code IMPORT}.
 */
public final class BackupImport {

    /** What was added and what was found already there. */
    public record Summary(int imported, int skipped, int dispositions, int transitions, int auditEntries) {
    }

    /** A backup that cannot be imported; the message names the file and, where it can, the line and field. */
    public static final class InvalidBackupException extends RuntimeException {
        InvalidBackupException(String message) {
            super(message);
        }
    }

    private BackupImport() {
    }

    public static Summary importFrom(DataSource dataSource, Path dir, String actor) {
        Manifest manifest = manifest(dir);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return transaction.execute(status -> load(JdbcClient.create(dataSource), dir, manifest, actor));
    }

    private static Manifest manifest(Path dir) {
        Path file = dir.resolve(Manifest.FILE);
        Manifest manifest;
        try {
            manifest = BackupExport.JSON.readValue(file.toFile(), Manifest.class);
        } catch (JacksonException e) {
            throw new InvalidBackupException(file + " を読めません（" + e.getOriginalMessage() + "） / cannot read " + file
                    + ": " + e.getMessage());
        }
        if (!Manifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() < 1
                || manifest.formatVersion() > Manifest.VERSION) {
            throw new InvalidBackupException(file + ": format が " + Manifest.FORMAT + " の版 " + Manifest.VERSION
                    + " ではありません / " + file + ": format is not " + Manifest.FORMAT + " version " + Manifest.VERSION);
        }
        return manifest;
    }

    private static Summary load(JdbcClient jdbc, Path dir, Manifest manifest, String actor) {
        int imported = 0;
        int skipped = 0;
        int dispositions = 0;
        int transitions = 0;
        for (int i = 0; i < manifest.revisions().size(); i++) {
            Manifest.Revision r = manifest.revisions().get(i);
            String field = Manifest.FILE + " revisions[" + i + "]";
            String submissionJson = read(dir, r.file(), field + ".file");
            long organisation = organisation(jdbc, r.organization());
            Optional<Existing> existing = jdbc.sql("select id, submission_json from submission"
                            + " where organisation_id = ? and fiscal_year = ? and revision = ?")
                    .params(organisation, r.fiscalYear(), r.revision())
                    .query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2))).optional();
            long id;
            if (existing.isPresent()) {
                if (!existing.get().json.equals(submissionJson)) {
                    throw new InvalidBackupException(r.file() + ": " + r.organization() + " " + r.fiscalYear() + " の版 "
                            + r.revision() + " はデータベースに別の内容であります。何も取り込んでいません / " + r.file() + ": "
                            + r.organization() + " " + r.fiscalYear() + " revision " + r.revision()
                            + " is in the database with other content; nothing was imported");
                }
                id = existing.get().id;
                skipped++;
            } else {
                id = insertRevision(jdbc, dir, organisation, r, submissionJson,
                        read(dir, r.evaluationFile(), field + ".evaluationFile"),
                        previousYear(jdbc, organisation, r, field), field);
                imported++;
            }
            dispositions += dispositions(jdbc, organisation, id, r, field);
            transitions += transitions(jdbc, id, r, field);
        }
        int audit = audit(jdbc, dir);
        jdbc.sql("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor, "IMPORT",
                        "backup:" + limit(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(), 190),
                        dir.toAbsolutePath() + " (exported " + manifest.exportedAt() + " from " + manifest.database()
                                + "): " + imported + " revision(s) imported, " + skipped + " already present, "
                                + dispositions + " disposition(s), " + transitions + " transition(s), " + audit
                                + " audit entries")
                .update();
        return new Summary(imported, skipped, dispositions, transitions, audit);
    }

    /** The stored id of the revision of the year before that the evaluation compared with (imported before it). */
    private static Long previousYear(JdbcClient jdbc, long organisation, Manifest.Revision r, String field) {
        if (r.previousYearRevision() == null) {
            return null;
        }
        return revisionId(jdbc, organisation, r.fiscalYear() - 1, r.previousYearRevision()).orElseThrow(() ->
                new InvalidBackupException(field + ".previousYearRevision: " + r.organization() + " " + (r.fiscalYear() - 1)
                        + " の版 " + r.previousYearRevision()
                        + " がデータベースにもこれより前にもありません。何も取り込んでいません / "
                        + r.organization() + " " + (r.fiscalYear() - 1) + " revision " + r.previousYearRevision()
                        + " is neither in the database nor earlier in the backup; nothing was imported"));
    }

    private static Optional<Long> revisionId(JdbcClient jdbc, long organisation, int fiscalYear, int revision) {
        return jdbc.sql("select id from submission where organisation_id = ? and fiscal_year = ? and revision = ?")
                .params(organisation, fiscalYear, revision).query(Long.class).optional();
    }

    private static long insertRevision(JdbcClient jdbc, Path dir, long organisation, Manifest.Revision r,
                                       String submissionJson,
                                       String evaluationJson, Long previousYear, String field) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        byte[] received = r.receivedFile() == null ? null : bytes(dir, r.receivedFile(), field + ".receivedFile");
        jdbc.sql("insert into submission (organisation_id, fiscal_year, revision, submitted_by, submitted_at, submission_json,"
                        + " received_file, received_name) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisation, r.fiscalYear(), r.revision(), r.submittedBy(), at(r.submittedAt(), field + ".submittedAt"),
                        submissionJson, received, received == null ? null : r.receivedName())
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("insert into evaluation (submission_id, rule_set_version, policy, evaluated_at, evaluation_json,"
                        + " previous_submission_id) values (?, ?, ?, ?, ?, ?)")
                .params(id, r.ruleSetVersion(), r.policy(), at(r.evaluatedAt(), field + ".evaluatedAt"), evaluationJson,
                        previousYear)
                .update();
        for (Manifest.Finding f : r.findings()) {
            jdbc.sql("insert into finding (submission_id, ordinal, code, severity, location, rule) values (?, ?, ?, ?, ?, ?)")
                    .params(id, f.ordinal(), f.code(), f.severity(), f.location(), f.rule())
                    .update();
        }
        return id;
    }

    private static int dispositions(JdbcClient jdbc, long organisation, long submission, Manifest.Revision r,
                                    String field) {
        int added = 0;
        for (Manifest.Finding f : r.findings()) {
            String where = field + ".findings[ordinal " + f.ordinal() + "]";
            long finding = jdbc.sql("select id from finding where submission_id = ? and ordinal = ?")
                    .params(submission, f.ordinal()).query(Long.class).optional()
                    .orElseThrow(() -> new InvalidBackupException(where + ": この指摘はデータベースの版にありません / "
                            + where + ": no such finding in the stored revision"));
            Set<List<Object>> present = new HashSet<>(jdbc.sql("select disposition, comment, decided_by, decided_at"
                            + " from disposition where finding_id = ?")
                    .param(finding)
                    .query((rs, n) -> key(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()))
                    .list());
            for (Manifest.Disposition d : f.dispositions()) {
                OffsetDateTime at = at(d.decidedAt(), where + ".dispositions.decidedAt");
                if (present.add(key(d.disposition(), d.comment(), d.decidedBy(), at.toInstant()))) {
                    Long carriedFrom = d.carriedFrom() == null ? null
                            : carriedFrom(jdbc, organisation, r, d, at, where + ".dispositions.carriedFrom");
                    jdbc.sql("insert into disposition (finding_id, disposition, comment, decided_by, decided_at,"
                                    + " carried_from) values (?, ?, ?, ?, ?, ?)")
                            .params(finding, d.disposition(), d.comment(), d.decidedBy(), at, carriedFrom).update();
                    added++;
                }
            }
        }
        return added;
    }

    /** The decision a carried one copies: the same decision on the named finding of the earlier revision. */
    private static long carriedFrom(JdbcClient jdbc, long organisation, Manifest.Revision r, Manifest.Disposition d,
                                    OffsetDateTime at, String field) {
        Manifest.FindingRef from = d.carriedFrom();
        return jdbc.sql("select d.id from disposition d join finding f on f.id = d.finding_id"
                        + " join submission s on s.id = f.submission_id"
                        + " where s.organisation_id = ? and s.fiscal_year = ? and s.revision = ? and f.ordinal = ?"
                        + " and d.disposition = ? and d.decided_by = ? and d.decided_at = ?"
                        + " and coalesce(d.comment, '') = coalesce(?, '') order by d.id limit 1")
                .params(organisation, r.fiscalYear(), from.revision(), from.ordinal(), d.disposition(), d.decidedBy(), at,
                        d.comment())
                .query(Long.class).optional()
                .orElseThrow(() -> new InvalidBackupException(field + ": 版 " + from.revision() + " の指摘 "
                        + from.ordinal() + " に同じ判断がありません / revision " + from.revision() + " finding "
                        + from.ordinal() + " has no such decision"));
    }

    private static int transitions(JdbcClient jdbc, long submission, Manifest.Revision r, String field) {
        Set<List<Object>> present = new HashSet<>(jdbc.sql("select from_state, to_state, message, actor, at"
                        + " from state_transition where submission_id = ?")
                .param(submission)
                .query((rs, n) -> key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list());
        int added = 0;
        for (Manifest.Transition t : r.transitions()) {
            OffsetDateTime at = at(t.at(), field + ".transitions.at");
            if (present.add(key(t.fromState(), t.toState(), t.message(), t.actor(), at.toInstant()))) {
                jdbc.sql("insert into state_transition (submission_id, from_state, to_state, message, actor, at)"
                                + " values (?, ?, ?, ?, ?, ?)")
                        .params(submission, t.fromState(), t.toState(), t.message(), t.actor(), at).update();
                added++;
            }
        }
        return added;
    }

    /** The entries of {@code audit.jsonl} not in the log yet, in their order; a line that cannot be read is named. */
    private static int audit(JdbcClient jdbc, Path dir) {
        Set<List<Object>> present = new HashSet<>(jdbc.sql("select at, actor, action, subject, detail from audit_log")
                .query((rs, n) -> key(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list());
        List<String> lines = List.of(read(dir, Manifest.AUDIT_LOG, Manifest.FILE + " auditLog").split("\n"));
        int added = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = Manifest.AUDIT_LOG + " " + (i + 1) + "行目 / line " + (i + 1);
            Manifest.AuditLine line;
            try {
                line = BackupExport.JSON.readValue(lines.get(i), Manifest.AuditLine.class);
            } catch (JacksonException e) {
                throw new InvalidBackupException(where + ": " + e.getOriginalMessage());
            }
            OffsetDateTime at = at(line.at(), where + " at");
            if (present.add(key(at.toInstant(), line.actor(), line.action(), line.subject(), line.detail()))) {
                jdbc.sql("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                        .params(at, line.actor(), line.action(), line.subject(), line.detail()).update();
                added++;
            }
        }
        return added;
    }

    private static long organisation(JdbcClient jdbc, String name) {
        Optional<Long> id = jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name) values (?)").param(name).update(key, "id");
        return key.getKey().longValue();
    }

    /** A file the manifest names, which must lie inside the folder (a manifest cannot point elsewhere). */
    private static String read(Path dir, String relative, String field) {
        return new String(bytes(dir, relative, field), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path dir, String relative, String field) {
        if (relative == null) {
            throw new InvalidBackupException(field + " がありません / " + field + " is missing");
        }
        Path root = dir.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new InvalidBackupException(field + ": " + relative + " はフォルダの外です / " + relative
                    + " is outside the folder");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidBackupException(field + ": " + file + " がありません / " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime at(String text, String field) {
        try {
            return OffsetDateTime.parse(Objects.requireNonNull(text, field));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidBackupException(field + ": 日時を読めません: " + text + " / not an ISO date-time: " + text);
        }
    }

    private static List<Object> key(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private record Existing(long id, String json) {
    }
}
