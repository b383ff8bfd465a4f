package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code users} on a database of its own (a new embedded H2 file): the schema is made by the service's migrations,
 * users are added, listed, locked and given new passwords with the same checks as the API, each change audited as
 * {@code cli:<OS user>}.
 */
class UsersCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    String database() {
        return "jdbc:h2:file:" + dir.resolve("advisor").toAbsolutePath();
    }

    Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.add("--database=" + database());
            int exit = AdvisorCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
        }
    }

    JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(database(), "sa", ""));
    }

    @Test
    void addsAStaffUserWithAGeneratedPasswordShownOnceAndListsIt() {
        Run added = run(null, "users", "add", "taisho", "--display-name", "大正区 総務課", "--role", "職員",
                "--organisation", "大正区");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("taisho", "STAFF", "大正区", "password (shown once): ");

        Run listed = run(null, "users", "list");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("taisho\t大正区 総務課\tSTAFF\t大正区");
        assertThat(listed.out()).doesNotContain("password", "bcrypt");
        assertThat(jdbc().sql("select actor from audit_log where action = 'USER_ADD' and subject = 'user:taisho'")
                .query(String.class).single()).startsWith("cli:");
    }

    @Test
    void takesThePasswordFromStandardInputAndResetsIt() {
        assertThat(run("a-password-from-stdin\n", "users", "add", "admin2", "--role", "ADMIN", "--password-stdin").exit()).isZero();
        String hash = jdbc().sql("select password_hash from app_user where name = 'admin2'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        Run reset = run("another-long-password\n", "users", "password", "admin2", "--password-stdin");
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(reset.out()).doesNotContain("another-long-password");
        assertThat(jdbc().sql("select password_hash from app_user where name = 'admin2'").query(String.class).single())
                .isNotEqualTo(hash);
    }

    @Test
    void locksAndUnlocksButNeverTheLastAdmin() {
        run(null, "users", "add", "boss", "--role", "ADMIN");
        run(null, "users", "add", "rev", "--role", "REVIEWER");
        assertThat(run(null, "users", "lock", "rev").exit()).isZero();
        assertThat(run(null, "users", "list").out()).contains("rev\trev\tREVIEWER\t\tロック中 / locked");
        assertThat(run(null, "users", "unlock", "rev").exit()).isZero();
        Run lastAdmin = run(null, "users", "lock", "boss");
        assertThat(lastAdmin.exit()).isEqualTo(1);
        assertThat(lastAdmin.err()).contains("最後の管理者", "last unlocked admin");
    }

    @Test
    void refusesWhatTheApiRefusesWithTheSameMessages() {
        Run noOrganisation = run(null, "users", "add", "clerk", "--role", "STAFF");
        assertThat(noOrganisation.exit()).isEqualTo(1);
        assertThat(noOrganisation.err()).contains("組織", "organisation");
        Run badRole = run(null, "users", "add", "clerk", "--role", "KING");
        assertThat(badRole.exit()).isEqualTo(1);
        assertThat(badRole.err()).contains("KING", "STAFF, REVIEWER, POLICY, ADMIN");
        Run shortPassword = run("short\n", "users", "add", "clerk", "--role", "POLICY", "--password-stdin");
        assertThat(shortPassword.exit()).isEqualTo(1);
        assertThat(shortPassword.err()).contains("パスワード", "password");
        Run nobody = run(null, "users", "lock", "nobody");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).contains("nobody");
        assertThat(jdbc().sql("select count(*) from app_user").query(Long.class).single()).isZero();
    }
}
