package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export} and {@code import} on H2 files: a database with revisions of awkwardly named organisations,
 * findings with a disposition history, a transition, audit entries and a user is exported, imported into a new
 * database and exported again to the same files; a second import adds nothing; a revision that differs refuses the
 * whole import, naming the file, also after other revisions were loaded.
 */
class ExportImportTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 123456000, ZoneOffset.UTC);

    @Test
    void roundTripsThroughAFreshDatabaseAndASecondImportAddsNothing(@TempDir Path tmp) throws Exception {
        String source = "jdbc:h2:file:" + tmp.resolve("source/advisor");
        String copy = "jdbc:h2:file:" + tmp.resolve("copy/advisor");
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        JdbcClient db = database(source);
        long taisho = revision(db, "大正区", 1, seed);
        revision(db, "大正区", 2, seed.replace("大正区", "大正区 "));
        revision(db, "../CON/a:b", 1, "{\"organization\":\"../CON/a:b\"}");
        revision(db, "CON", 1, "{\"organization\":\"CON\"}");
        long finding = db.sql("select id from finding where submission_id = ? and ordinal = 1").param(taisho)
                .query(Long.class).single();
        for (String d : List.of("FIX", "EXPLAINED")) {
            db.sql("insert into disposition (finding_id, disposition, comment, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                    .params(finding, d, null, "reviewer", T0.plusHours(d.length())).update();
        }
        db.sql("insert into state_transition (submission_id, from_state, to_state, message, actor, at) values (?, ?, ?, ?, ?, ?)")
                .params(taisho, "提出", "確認中", "見ます", "reviewer", T0.plusHours(1)).update();
        db.sql("insert into app_user (name, display_name, password_hash, roles, locked, created_at) values (?, ?, ?, ?, ?, ?)")
                .params("taisho", "大正区 職員", "{bcrypt}$2a$10$secret-hash", "STAFF", false, T0).update();
        db.sql("insert into user_organisation (user_id, organisation_id) select u.id, o.id from app_user u, organisation o"
                + " where u.name = 'taisho' and o.name = '大正区'").update();

        Path first = tmp.resolve("first");
        var exported = EvaluateCommandTest.run("export", "--out", first.toString(), "--database", source);
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("版 4 件", "4 revision(s)");
        assertThat(first.resolve("submissions/大正区/2016/r1.json")).hasContent(seed);
        assertThat(first.resolve("evaluations/大正区/2016/r1.json")).hasContent(evaluation(3));
        assertThat(first.resolve("submissions/_.._CON_a_b/2016/r1.json")).exists();
        assertThat(first.resolve("submissions/_CON/2016/r1.json")).exists();
        String manifest = Files.readString(first.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).doesNotContain("secret-hash").contains("パスワード", "password hashes");
        JsonNode revisions = JSON.readTree(manifest).get("revisions");
        assertThat(revisions.findValuesAsString("organization")).containsExactly("../CON/a:b", "CON", "大正区", "大正区");
        assertThat(revisions.at("/2/findings/1/dispositions").findValuesAsString("disposition"))
                .containsExactly("FIX", "EXPLAINED");
        assertThat(revisions.at("/2/transitions/0/toState").asString()).isEqualTo("確認中");
        assertThat(JSON.readTree(manifest).at("/users/0/organisations/0").asString()).isEqualTo("大正区");
        assertThat(Files.readAllLines(first.resolve("audit.jsonl"))).hasSize(4);
        assertThat(Files.readString(first.resolve("audit.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFid,at,actor");

        var evaluated = EvaluateCommandTest.run("evaluate", first.resolve("submissions/大正区/2016/r1.json").toString(),
                "--out", tmp.resolve("evaluated.json").toString());
        assertThat(evaluated.exit()).as("the sheet as exported is readable by evaluate: " + evaluated.err()).isZero();

        var refused = EvaluateCommandTest.run("export", "--out", first.toString(), "--database", source);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("空ではありません", "not empty");

        var imported = EvaluateCommandTest.run("import", first.toString(), "--database", copy);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 4 revision(s) (0 already present", "2 disposition(s)",
                "1 transition(s)", "4 audit entries");

        Path second = tmp.resolve("second");
        var again = EvaluateCommandTest.run("export", "--out", second.toString(), "--database", copy);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(contents(second, "submissions")).isEqualTo(contents(first, "submissions")).hasSize(4);
        assertThat(contents(second, "evaluations")).isEqualTo(contents(first, "evaluations"));
        assertThat(JSON.readTree(second.resolve("manifest.json").toFile()).get("revisions")).isEqualTo(revisions);
        List<String> audit = Files.readAllLines(second.resolve("audit.jsonl"), StandardCharsets.UTF_8);
        assertThat(audit).hasSize(5);
        assertThat(JSON.readTree(audit.get(4)).get("action").asString()).isEqualTo("IMPORT");
        assertThat(JSON.readTree(audit.get(4)).get("actor").asString()).startsWith("cli:");

        var twice = EvaluateCommandTest.run("import", first.toString(), "--database", copy);
        assertThat(twice.exit()).as(twice.err()).isZero();
        assertThat(twice.out()).contains("imported 0 revision(s) (4 already present", "0 disposition(s)",
                "0 transition(s)", "0 audit entries");
        JdbcClient copied = JdbcClient.create(new DriverManagerDataSource(copy, "sa", ""));
        assertThat(count(copied, "disposition")).isEqualTo(2);
        assertThat(count(copied, "state_transition")).isEqualTo(1);
        assertThat(count(copied, "finding")).isEqualTo(12);
        assertThat(count(copied, "app_user")).as("users are not imported").isZero();

        Files.writeString(second.resolve("submissions/_CON/2016/r1.json"), "{\"organization\":\"CON\",\"changed\":1}");
        long auditBefore = count(copied, "audit_log");
        var conflict = EvaluateCommandTest.run("import", second.toString(), "--database", copy);
        assertThat(conflict.exit()).isEqualTo(1);
        assertThat(conflict.err()).contains("submissions/_CON/2016/r1.json", "nothing was imported");
        assertThat(count(copied, "audit_log")).as("nothing, not even the IMPORT entry").isEqualTo(auditBefore);

        String third = "jdbc:h2:file:" + tmp.resolve("third/advisor");
        revision(database(third), "大正区", 2, "{\"organization\":\"大正区\"}");
        var late = EvaluateCommandTest.run("import", first.toString(), "--database", third);
        assertThat(late.exit()).isEqualTo(1);
        assertThat(late.err()).contains("submissions/大正区/2016/r2.json", "nothing was imported");
        JdbcClient thirdDb = JdbcClient.create(new DriverManagerDataSource(third, "sa", ""));
        assertThat(count(thirdDb, "submission")).as("the three revisions before the conflict rolled back").isEqualTo(1);
        assertThat(count(thirdDb, "audit_log")).isEqualTo(1);
    }

    @Test
    void aDecisionCarriedIntoTheNextRevisionAndThePreviousYearComparedWithComeBackLinkedAsBefore(@TempDir Path tmp)
            throws Exception {
        String source = "jdbc:h2:file:" + tmp.resolve("source/advisor");
        String copy = "jdbc:h2:file:" + tmp.resolve("copy/advisor");
        JdbcClient db = database(source);
        long fy2015 = revision(db, "大正区", 2015, 1, "{\"fiscalYear\": 2015}");
        long r1 = revision(db, "大正区", 2016, 1, "{\"revision\": 1}");
        long r2 = revision(db, "大正区", 2016, 2, "{\"revision\": 2}");
        db.sql("update evaluation set previous_submission_id = ? where submission_id in (?, ?)").params(fy2015, r1, r2)
                .update();
        long decided = disposition(db, finding(db, r1, 2), null);
        disposition(db, finding(db, r2, 1), decided);
        byte[] workbook = {'P', 'K', 3, 4, 0, (byte) 0xFF};
        db.sql("update submission set received_file = ?, received_name = ? where id = ?").params(workbook, "大正区-H28.xlsx", r2)
                .update();

        Path backup = tmp.resolve("backup");
        assertThat(EvaluateCommandTest.run("export", "--out", backup.toString(), "--database", source).exit()).isZero();
        JsonNode revisions = JSON.readTree(backup.resolve("manifest.json").toFile()).get("revisions");
        assertThat(revisions.findValuesAsString("file")).containsExactly("submissions/大正区/2015/r1.json",
                "submissions/大正区/2016/r1.json", "submissions/大正区/2016/r2.json");
        assertThat(revisions.get(0).get("previousYearRevision").isNull()).isTrue();
        assertThat(revisions.get(2).get("previousYearRevision").asInt()).isEqualTo(1);
        assertThat(revisions.at("/2/findings/1/dispositions/0/carriedFrom/revision").asInt()).isEqualTo(1);
        assertThat(revisions.at("/2/findings/1/dispositions/0/carriedFrom/ordinal").asInt()).isEqualTo(2);
        assertThat(revisions.at("/1/findings/2/dispositions/0/carriedFrom").isNull()).isTrue();
        assertThat(revisions.at("/2/receivedFile").asString()).isEqualTo("received/大正区/2016/r2.xlsx");
        assertThat(revisions.at("/2/receivedName").asString()).isEqualTo("大正区-H28.xlsx");
        assertThat(revisions.at("/1/receivedFile").isNull()).isTrue();
        assertThat(Files.readAllBytes(backup.resolve("received/大正区/2016/r2.xlsx"))).isEqualTo(workbook);

        var imported = EvaluateCommandTest.run("import", backup.toString(), "--database", copy);
        assertThat(imported.exit()).as(imported.err()).isZero();
        JdbcClient copied = JdbcClient.create(new DriverManagerDataSource(copy, "sa", ""));
        assertThat(copied.sql("select p.fiscal_year, p.revision from evaluation e join submission s on s.id = e.submission_id"
                        + " join submission p on p.id = e.previous_submission_id where s.revision = 2")
                .query((rs, n) -> rs.getInt(1) + " r" + rs.getInt(2)).single()).isEqualTo("2015 r1");
        assertThat(copied.sql("select cs.revision, cf.ordinal, d.comment from disposition d"
                        + " join disposition c on c.id = d.carried_from join finding cf on cf.id = c.finding_id"
                        + " join submission cs on cs.id = cf.submission_id")
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2) + " " + rs.getString(3)).single())
                .isEqualTo("1/2 前年度の確定値");
        assertThat(copied.sql("select received_file from submission where revision = 2 and fiscal_year = 2016")
                .query(byte[].class).single()).isEqualTo(workbook);
        Path again = tmp.resolve("again");
        assertThat(EvaluateCommandTest.run("export", "--out", again.toString(), "--database", copy).exit()).isZero();
        assertThat(JSON.readTree(again.resolve("manifest.json").toFile()).get("revisions")).isEqualTo(revisions);

        Files.writeString(backup.resolve("manifest.json"), Files.readString(backup.resolve("manifest.json"))
                .replaceAll("\"previousYearRevision\" ?: ?1", "\"previousYearRevision\": 7"));
        var missing = EvaluateCommandTest.run("import", backup.toString(), "--database",
                "jdbc:h2:file:" + tmp.resolve("third/advisor"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("previousYearRevision", "2015", "nothing", "backup");
    }

    private static long finding(JdbcClient db, long submission, int ordinal) {
        return db.sql("select id from finding where submission_id = ? and ordinal = ?").params(submission, ordinal)
                .query(Long.class).single();
    }

    private static long disposition(JdbcClient db, long finding, Long carriedFrom) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("insert into disposition (finding_id, disposition, comment, decided_by, decided_at, carried_from)"
                        + " values (?, 'EXPLAINED', '前年度の確定値', 'reviewer', ?, ?)")
                .params(finding, T0.plusHours(1), carriedFrom).update(key, "id");
        return key.getKey().longValue();
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNotRepeated() {
        assertThat(Database.safeUrl("jdbc:postgresql://db/advisor?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/advisor?user=a&password=***&ssl=true");
        assertThat(Database.safeUrl("jdbc:h2:file:./data/advisor;PASSWORD=s3cret")).doesNotContain("s3cret");
    }

    private static JdbcClient database(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }

    /** A revision with an evaluation of three findings, and its SUBMIT audit entry. */
    private static long revision(JdbcClient db, String organisation, int revision, String json) {
        return revision(db, organisation, 2016, revision, json);
    }

    private static long revision(JdbcClient db, String organisation, int year, int revision, String json) {
        db.sql("merge into organisation (name) key (name) values (?)").param(organisation).update();
        long org = db.sql("select id from organisation where name = ?").param(organisation).query(Long.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("insert into submission (organisation_id, fiscal_year, revision, submitted_by, submitted_at, submission_json)"
                + " values (?, ?, ?, 'staff', ?, ?)").params(org, year, revision, T0.plusMinutes(revision), json)
                .update(key, "id");
        long id = key.getKey().longValue();
        db.sql("insert into evaluation (submission_id, rule_set_version, policy, evaluated_at, evaluation_json)"
                + " values (?, 'sha256:abc', '方針', ?, ?)").params(id, T0.plusMinutes(revision), evaluation(3)).update();
        for (int i = 0; i < 3; i++) {
            db.sql("insert into finding (submission_id, ordinal, code, severity, location, rule) values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, "CODE_" + i, "warning", "戦略 " + i, "rule " + i).update();
        }
        db.sql("insert into audit_log (at, actor, action, subject, detail) values (?, 'staff', 'SUBMIT', ?, ?)")
                .params(T0.plusMinutes(revision), "submission:" + id, organisation).update();
        return id;
    }

    private static String evaluation(int findings) {
        return "{\"findings\": [" + "{}, ".repeat(findings - 1) + "{}]}";
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Map<String, String> contents(Path dir, String under) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve(under))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
