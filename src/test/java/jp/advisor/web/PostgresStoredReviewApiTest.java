package jp.advisor.web;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stored-review tests on PostgreSQL (the newest-revision and current-disposition queries): runs when .ci/run (or
 * you) started a server and set ADVISOR_TEST_POSTGRES_URL (plus _USER and _PASSWORD); skipped otherwise. The
 * database is not cleaned: the tests name organisations with this run's suffix and count differences.
 */
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresStoredReviewApiTest extends StoredReviewApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ADVISOR_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv("ADVISOR_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD"));
    }
}
