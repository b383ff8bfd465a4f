package jp.advisor.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A first start with no admin password set: the admin {@code admin} is created with a generated password, printed
 * once, which then logs in; the seed users of the settings exist too.
 */
@SpringBootTest(properties = "advisor.users.admin-password=")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Users users;

    @Test
    void aGeneratedAdminPasswordIsPrintedOnceAndLogsIn(CapturedOutput output) {
        // These settings are this class's alone, so its context (and the log captured here) started with it.
        Matcher printed = Pattern.compile("password: (\\S+)").matcher(output.getAll());
        assertThat(printed.find()).as("the generated password in the log").isTrue();
        assertThat(encoder.matches(printed.group(1), accounts.loadUserByUsername("admin").getPassword())).isTrue();
        assertThat(printed.find()).as("printed once").isFalse();
        assertThat(users.get("admin").roles()).containsExactly(Role.ADMIN);
        assertThat(users.get("policy").roles()).containsExactly(Role.POLICY);
        assertThat(users.get("reviewer").roles()).containsExactly(Role.REVIEWER);
    }
}
