package jp.advisor.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.advisor.TestUsers;

/** Guessing passwords in the login form is throttled as HTTP Basic is: after a few failures even the right one waits. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "advisor.http.login.max-failures=3", "advisor.http.login.first-lock=1m"})
class FormLoginThrottleTest {

    @LocalServerPort
    int port;

    @Test
    void guessingPasswordsInTheFormIsThrottledLikeBasic() throws Exception {
        Browser browser = new Browser(port);
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        for (int i = 0; i < 3; i++) {
            assertThat(browser.logIn(staff.name(), "guess-" + i).headers().firstValue("Location").orElseThrow())
                    .contains("/login?error");
        }
        HttpResponse<String> locked = browser.logIn(staff.name(), TestUsers.STAFF_PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.api("/api/users/me").statusCode()).isEqualTo(401);
    }
}
