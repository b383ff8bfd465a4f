package jp.advisor.submissions;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review cycle on PostgreSQL, when ADVISOR_TEST_POSTGRES_URL is set (as {@link PostgresSubmissionsApiTest}). */
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresReviewCycleApiTest extends ReviewCycleApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSubmissionsApiTest.postgres(registry);
    }
}
