package jp.advisor.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The README and the log tell operators to set the first admin's password in {@code ADVISOR_ADMIN_PASSWORD}; Spring's
 * own name for the setting would be {@code ADVISOR_USERS_ADMINPASSWORD}, so the shipped application.properties maps it.
 */
class AdminPasswordSettingTest {

    @Test
    void theFirstAdminPasswordIsTakenFromAdvisorAdminPassword() throws IOException {
        assertThat(adminPassword(Map.of("ADVISOR_ADMIN_PASSWORD", "from-the-environment")))
                .isEqualTo("from-the-environment");
    }

    @Test
    void noAdvisorAdminPasswordLeavesTheSettingEmptySoOneIsGenerated() throws IOException {
        assertThat(adminPassword(Map.of())).isEmpty();
    }

    private static String adminPassword(Map<String, Object> environment) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-environment", environment));
        // The main application.properties (the tests' own settings are in config/application.properties).
        env.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        ConfigurationPropertySources.attach(env);
        return Binder.get(env).bind("advisor.users", UsersConfiguration.Settings.class).get().adminPassword();
    }
}
