package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.advisor.rules.ActiveRules;

/**
 * Publishing on PostgreSQL: the same migrations and history as on H2. Runs when .ci/run (or you) started a
 * server and set ADVISOR_TEST_POSTGRES_URL (plus _USER and _PASSWORD); skipped otherwise.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresPublishingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ADVISOR_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv("ADVISOR_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD"));
        // Start from an empty schema each run, so the test sees only its own history.
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    @Autowired
    RulePublisher publisher;

    @Autowired
    ActiveRules active;

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @Test
    void publishesListsAndRollsBackOnPostgres() throws Exception {
        flyway.clean();
        flyway.migrate();
        Map<String, byte[]> bundled = new TreeMap<>(RulePublishingApiTest.bundled().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getBytes(StandardCharsets.UTF_8))));
        Map<String, byte[]> changed = new TreeMap<>(bundled);
        changed.put("policy.drl", new String(bundled.get("policy.drl"), StandardCharsets.UTF_8)
                .replace("\"trajectory\", 0.0", "\"target-reached\", 0.0").getBytes(StandardCharsets.UTF_8));

        PublishedVersion first = publisher.publish(bundled, "同梱のルール", "policy");
        PublishedVersion second = publisher.publish(changed, "目標値方式", "policy");
        assertThat(active.get().version()).isEqualTo(second.version());
        assertThat(publisher.versions()).extracting(PublishedVersion::summary).containsExactly("目標値方式", "同梱のルール");

        publisher.rollback(first.id(), "policy");
        assertThat(active.get().version()).isEqualTo(first.version());
        assertThat(publisher.versions().get(0).kind()).isEqualTo("ROLLBACK");
        assertThat(publisher.versions().get(0).files()).contains("policy.drl", "withdrawal-default.drl.csv");
    }
}
