package jp.advisor.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser logs in with the form at {@code /login} (its CSRF token in the form), then uses the API with the session
 * cookie; a login post without the token is refused; logging out ends the session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FormLoginTest {

    @LocalServerPort
    int port;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A call to the API from a script in the page, with the browser's cookies. */
    HttpResponse<String> api(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String csrfToken() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        return token.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aBrowserLogsInWithTheFormAndThenUsesTheApiWithItsSession() throws Exception {
        assertThat(api("/api/users/me").statusCode()).isEqualTo(401);
        HttpResponse<String> login = postForm("/login", "username=reviewer&password=" + enc("test-reviewer-password")
                + "&_csrf=" + enc(csrfToken()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> me = api("/api/users/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"reviewer\"", "REVIEWER");
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAnError() throws Exception {
        HttpResponse<String> login = postForm("/login", "username=reviewer&password=wrong-password&_csrf=" + enc(csrfToken()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(api("/api/users/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        csrfToken();
        HttpResponse<String> login = postForm("/login", "username=reviewer&password=" + enc("test-reviewer-password"));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(api("/api/users/me").statusCode()).isEqualTo(401);
    }
}
