package jp.advisor.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

import jp.advisor.TestUsers;

/**
 * A kill -9 during submissions leaves each revision whole (its evaluation, all its findings, its SUBMIT audit entry)
 * or absent, and revisions numbered without gaps: the real service in a child JVM on an H2 file, uploads from a
 * few threads, {@link Process#destroyForcibly()} (SIGKILL on Linux) while they are in flight, the file read with
 * plain JDBC, then the service restarted on it numbering the next upload after the last one kept. The children's
 * output is kept in target/kill-during-submission/ for diagnosis.
 */
class KillDuringSubmissionTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SHEET = Path.of("src/test/resources/frozen/fixtures/submissions/taisho-ward-fy2016.json");
    static final Path LOGS = Path.of("target/kill-during-submission");
    static final Duration READY = Duration.ofSeconds(180);
    static final int THREADS = 3;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aKilledServiceKeepsWholeRevisionsOrNoneAndNumbersOnAfterRestart(@TempDir Path tmp) throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("advisor").toAbsolutePath();
        byte[] sheet = Files.readAllBytes(SHEET);
        Process service = null;
        ExecutorService uploaders = Executors.newFixedThreadPool(THREADS);
        try {
            int port = freePort();
            service = start(url, port, "first");
            TestUsers.Staff staff = TestUsers.staff(port, "大正区");
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger stored = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger cutOff = new AtomicInteger();
            for (int t = 0; t < THREADS; t++) {
                uploaders.submit(() -> {
                    while (!killed.get()) {
                        try {
                            int status = submit(port, staff, sheet).statusCode();
                            (status == 201 ? stored : refused).incrementAndGet();
                        } catch (IOException inFlight) {
                            cutOff.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (stored.get() < 3 * THREADS && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(refused.get()).as("refused uploads (see %s)", LOGS).isZero();
            assertThat(stored.get()).as("uploads stored before the kill").isGreaterThanOrEqualTo(3 * THREADS);
            int acknowledged = stored.get();
            service.destroyForcibly();
            killed.set(true);
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
            uploaders.shutdown();
            assertThat(uploaders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cutOff.get()).as("uploads in flight when the service was killed").isPositive();

            int revisions = assertWholeRevisionsWithoutGaps(url);
            assertThat(revisions).as("every acknowledged upload was kept").isGreaterThanOrEqualTo(acknowledged);

            int again = freePort();
            service = start(url, again, "restarted");
            HttpResponse<String> next = submit(again, staff, sheet);
            assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
            assertThat(JSON.readTree(next.body()).get("revision").asInt()).isEqualTo(revisions + 1);
        } finally {
            uploaders.shutdownNow();
            if (service != null) {
                service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Every revision of 大正区 2016 is whole; they are numbered 1..n; answers n. */
    private static int assertWholeRevisionsWithoutGaps(String url) {
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        List<Integer> numbers = new ArrayList<>();
        db.sql("select s.id, s.revision, (select count(*) from evaluation e where e.submission_id = s.id),"
                        + " (select count(*) from finding f where f.submission_id = s.id),"
                        + " (select count(*) from audit_log a where a.action = 'SUBMIT' and a.subject = 'submission:' || s.id),"
                        + " (select max(e.evaluation_json) from evaluation e where e.submission_id = s.id)"
                        + " from submission s join organisation o on o.id = s.organisation_id"
                        + " where o.name = '大正区' and s.fiscal_year = 2016 order by s.revision")
                .query((rs, n) -> {
                    String revision = "submission " + rs.getLong(1) + " (revision " + rs.getInt(2) + ")";
                    assertThat(rs.getInt(3)).as("evaluations of %s", revision).isEqualTo(1);
                    assertThat(rs.getInt(4)).as("findings of %s", revision)
                            .isEqualTo(JSON.readTree(rs.getString(6)).get("findings").size());
                    assertThat(rs.getInt(5)).as("SUBMIT audit entries of %s", revision).isEqualTo(1);
                    numbers.add(rs.getInt(2));
                    return null;
                })
                .list();
        assertThat(numbers).as("revisions without gaps")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        long submissions = db.sql("select count(*) from submission").query(Long.class).single();
        assertThat(db.sql("select count(*) from audit_log where action = 'SUBMIT'").query(Long.class).single())
                .as("no SUBMIT entry without its revision").isEqualTo(submissions);
        return numbers.size();
    }

    private Process start(String url, int port, String name) throws Exception {
        Files.createDirectories(LOGS);
        Path log = LOGS.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "jp.advisor.AdvisorApplication", "serve",
                "--server.port=" + port, "--spring.datasource.url=" + url,
                "--advisor.users.admin-password=test-admin-password",
                "--advisor.rules.dir=src/test/resources/frozen/rules",
                "--advisor.fixtures.dir=src/test/resources/frozen/fixtures",
                "--advisor.rules.refresh-interval=0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service started (see %s)", log).isTrue();
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the service was not ready within " + READY + " (see " + log + ")");
    }

    private HttpResponse<String> submit(int port, TestUsers.Staff staff, byte[] sheet) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                .header("Content-Type", "application/json").header("Authorization", staff.authorization())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(sheet)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
