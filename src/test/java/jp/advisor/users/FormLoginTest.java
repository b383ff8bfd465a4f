package jp.advisor.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser logs in with the Japanese form at {@code /login} (its CSRF token in the form), then uses the API with
 * the session cookie; a wrong password returns to the form with an error; a post without the token is refused.
 */
// Without the login throttle: these tests fail logins from one address on purpose (FormLoginThrottleTest has it on).
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "advisor.http.login.throttle=false")
class FormLoginTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openABrowser() {
        browser = new Browser(port);
    }

    @Test
    void theLoginPageIsJapaneseFirstWithLabelledFields() throws Exception {
        String page = browser.page("/login").body();
        assertThat(page).contains("<html lang=\"ja\"", "ログイン", "Log in", "<label for=\"username\">", "<label for=\"password\">");
    }

    @Test
    void aBrowserLogsInWithTheFormAndThenUsesTheApiWithItsSession() throws Exception {
        assertThat(browser.api("/api/users/me").statusCode()).isEqualTo(401);
        HttpResponse<String> login = browser.logIn("reviewer", "test-reviewer-password");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> me = browser.api("/api/users/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"reviewer\"", "REVIEWER");
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAnError() throws Exception {
        HttpResponse<String> login = browser.logIn("reviewer", "wrong-password");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(browser.page("/login?error").body()).contains("パスワードが違う", "Wrong user name or password");
        assertThat(browser.api("/api/users/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        browser.csrfToken();
        HttpResponse<String> login = browser.postForm("/login", "username=reviewer&password="
                + Browser.enc("test-reviewer-password"));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(browser.api("/api/users/me").statusCode()).isEqualTo(401);
    }
}
