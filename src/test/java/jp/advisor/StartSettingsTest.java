package jp.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules folder {@code serve} builds ahead is the one Spring will read from the same arguments. */
class StartSettingsTest {

    @Test
    void theLastArgumentNamingTheSettingWinsOverTheDefault() {
        assertThat(AdvisorApplication.setting(new String[] {"--server.port=9090"}, "advisor.rules.dir", "rules"))
                .isEqualTo("rules");
        assertThat(AdvisorApplication.setting(new String[] {"--advisor.rules.dir=a", "--advisor.rules.dir=b"},
                "advisor.rules.dir", "rules")).isEqualTo("b");
        assertThat(AdvisorApplication.setting(new String[] {"--advisor.rules.directory=x"}, "advisor.rules.dir", "rules"))
                .isEqualTo("rules");
    }
}
