package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import jp.advisor.AdvisorApplication;
import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSetLoader;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the service on one PostgreSQL (two application contexts in this JVM, each with its own port,
 * connection pool and refresh, at the default interval): a publish or a rollback on either is answered by the
 * other within a few seconds, its evaluations naming the version; two publishes on one base at once give one
 * published set and one stale base; and a publish that waits on the database lock while another instance writes
 * finds its base stale. Enabled like {@link PostgresPublishingTest}; empties the database first.
 */
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesPostgresTest {

    static final String URL = System.getenv("ADVISOR_TEST_POSTGRES_URL");
    static final String USER = System.getenv("ADVISOR_TEST_POSTGRES_USER");
    static final String PASSWORD = System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD");
    static final Duration FEW_SECONDS = Duration.ofSeconds(15);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newHttpClient();
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void twoInstances() {
        Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration").cleanDisabled(false)
                .load().clean();
        a = start("a");
        b = start("b");
    }

    static ConfigurableApplicationContext start(String name) {
        // As command-line arguments: they outrank application.properties (server.port=8080), as `serve --…` does.
        return new SpringApplicationBuilder(AdvisorApplication.class).run(
                "--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--spring.datasource.hikari.pool-name=instance-" + name,
                "--server.port=0",
                "--advisor.fixtures.dir=src/test/resources/publishing-fixtures");
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    static RulePublisher publisher(ConfigurableApplicationContext instance) {
        return instance.getBean(RulePublisher.class);
    }

    static String inUse(ConfigurableApplicationContext instance) {
        return instance.getBean(ActiveRules.class).get().version();
    }

    /** The version an evaluation over HTTP on this instance names. */
    String evaluatedWith(ConfigurableApplicationContext instance) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + instance.getEnvironment().getProperty("local.server.port") + "/api/evaluations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json"))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("ruleSet").get("version").asString();
    }

    void bothAnswerWith(String version) {
        await().atMost(FEW_SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(evaluatedWith(a)).isEqualTo(version);
            assertThat(evaluatedWith(b)).isEqualTo(version);
        });
    }

    /** The default withdrawal table's wording changed to "達成率{percent}%未満" (whatever it says now), on {@code base}. */
    static RulePublisher.Change change(String base, Map<String, byte[]> files, int percent) {
        return new RulePublisher.Change(base, Map.of(TABLE, withPercent(files, percent)), List.of(), false);
    }

    static final String TABLE = "withdrawal-default.drl.csv";

    static byte[] withPercent(Map<String, byte[]> files, int percent) {
        String text = new String(files.get(TABLE), StandardCharsets.UTF_8);
        assertThat(text).containsPattern("達成率\\d+%未満");
        return text.replaceFirst("達成率\\d+%未満", "達成率" + percent + "%未満").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPublishOnOneAndARollbackOnTheOtherAreAnsweredByBoth() throws Exception {
        String before = inUse(a);
        bothAnswerWith(before);
        long beforeId = publisher(a).versions().get(0).id();

        PublishedVersion published = publisher(a).publish(change(before, b.getBean(ActiveRules.class).get().sources(), 45), "別インスタンスへの反映", "policy");
        bothAnswerWith(published.version());

        PublishedVersion rolledBack = publisher(b).rollback(beforeId, "policy");
        assertThat(rolledBack.version()).isEqualTo(before);
        bothAnswerWith(before);
        assertThat(publisher(a).versions()).extracting(PublishedVersion::id).startsWith(rolledBack.id(), published.id());
    }

    @Test
    void twoPublishesOnOneBaseAtOnceGiveOneSetAndOneStaleBase() throws Exception {
        String base = inUse(a);
        bothAnswerWith(base);
        Map<String, byte[]> files = a.getBean(ActiveRules.class).get().sources();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<PublishedVersion>> publishes = new ArrayList<>();
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            int percent = instance == a ? 40 : 35;
            publishes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return publisher(instance).publish(change(base, files, percent),
                        "同時の公開", "policy");
            }));
        }
        go.countDown();
        List<PublishedVersion> published = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (CompletableFuture<PublishedVersion> publish : publishes) {
            try {
                published.add(publish.get(5, TimeUnit.MINUTES));
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        assertThat(published).hasSize(1);
        assertThat(refused).singleElement().isInstanceOf(StaleBaseException.class);
        bothAnswerWith(published.get(0).version());
        assertThat(publisher(b).versions().get(0).id()).isEqualTo(published.get(0).id());
    }

    /**
     * Deterministic: this test holds the database's publish lock as another instance would while it writes;
     * instance b's publish runs its checks, then waits on the lock; the other write lands and commits; b's base
     * is now stale and nothing of b's is written.
     */
    @Test
    void aPublishThatWaitedOnTheLockWhileAnotherInstanceWroteIsStale() throws Exception {
        String base = inUse(b);
        bothAnswerWith(base);
        Map<String, byte[]> files = b.getBean(ActiveRules.class).get().sources();
        try (Connection other = DriverManager.getConnection(URL, USER, PASSWORD)) {
            other.setAutoCommit(false);
            RuleVersionStore otherInstance = new RuleVersionStore(JdbcClient.create(new SingleConnectionDataSource(other, true)));
            long newest = otherInstance.lockNewest().orElseThrow();

            CompletableFuture<PublishedVersion> waiting = CompletableFuture.supplyAsync(() -> publisher(b).publish(
                    change(base, files, 30), "待たされた公開", "policy"));
            await().atMost(Duration.ofMinutes(3)).until(() -> waiting.isDone() || waitsOnALock());
            assertThat(waiting).isNotDone();

            Map<String, byte[]> written = new TreeMap<>(files);
            written.put(TABLE, withPercent(files, 25));
            PublishedVersion theirs = otherInstance.save(RuleSetLoader.versionOf(written), PublishedVersion.PUBLISH, null, newest,
                    "other-instance", "先に書いた公開", written);
            other.commit();

            assertThatThrownBy(() -> waiting.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(StaleBaseException.class);
            bothAnswerWith(theirs.version());
            assertThat(publisher(a).versions().get(0).id()).isEqualTo(theirs.id());
        }
    }

    /** Some session of this database waits on a lock (b's publish, on the row this test locked). */
    static boolean waitsOnALock() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where datname = current_database()"
                     + " and wait_event_type = 'Lock'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
