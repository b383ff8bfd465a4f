package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.advisor.rules.ActiveRules;

/**
 * Publishing on PostgreSQL: the same migrations and history as on H2. Runs when .ci/run (or you) started a
 * server and set ADVISOR_TEST_POSTGRES_URL (plus _USER and _PASSWORD); skipped otherwise (with CI=true, .ci/run
 * fails when it cannot start a server). Several instances on one server: {@link TwoInstancesPostgresTest}. Its fixtures are
 * the publishing tests' one policy-independent case, so a change of policy can be published.
 */
@SpringBootTest(properties = "advisor.fixtures.dir=src/test/resources/publishing-fixtures")
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

    static byte[] edit(Map<String, String> files, String name, String from, String to) {
        assertThat(files.get(name)).contains(from);
        return files.get(name).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void publishesOnABaseRefusesAStaleOneListsAndRollsBackOnPostgres() throws Exception {
        flyway.clean();
        flyway.migrate();
        Map<String, String> bundled = PublishingApiSupport.bundled();
        String seed = active.get().version();

        PublishedVersion first = publisher.publish(new RulePublisher.Change(seed,
                Map.of("policy.drl", edit(bundled, "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0")),
                List.of(), false), "目標値方式", "policy");
        PublishedVersion second = publisher.publish(new RulePublisher.Change(String.valueOf(first.id()),
                Map.of("withdrawal-default.drl.csv", edit(bundled, "withdrawal-default.drl.csv", "達成率50%未満", "達成率55%未満")),
                List.of(), false), "説明の修正", "policy");
        assertThat(active.get().version()).isEqualTo(second.version());
        assertThat(second.base()).isEqualTo(first.id());
        assertThat(publisher.versions()).extracting(PublishedVersion::summary).containsExactly("説明の修正", "目標値方式");
        assertThatThrownBy(() -> publisher.publish(new RulePublisher.Change(first.version(),
                Map.of("extra.drl", "package advisor;".getBytes(StandardCharsets.UTF_8)), List.of(), false), "古い基準", "policy"))
                .isInstanceOf(StaleBaseException.class);

        publisher.rollback(first.id(), "policy");
        assertThat(active.get().version()).isEqualTo(first.version());
        assertThat(publisher.versions().get(0).kind()).isEqualTo("ROLLBACK");
        assertThat(publisher.versions().get(0).files()).contains("policy.drl", "withdrawal-default.drl.csv");
    }
}
