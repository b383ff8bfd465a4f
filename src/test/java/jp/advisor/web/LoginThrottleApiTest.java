package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing the policy password over HTTP: after a few failures every attempt waits, whatever the password. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "advisor.http.login.max-failures=3", "advisor.http.login.first-lock=2s"})
class LoginThrottleApiTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> versions(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rules/versions"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void afterThreeWrongPasswordsEvenTheRightOneWaitsWithRetryAfterThenASuccessResets() throws Exception {
        assertThat(versions("policy", "wrong-1").statusCode()).isEqualTo(401);
        assertThat(versions("policy", "wrong-2").statusCode()).isEqualTo(401);
        assertThat(versions("policy", "wrong-3").statusCode()).isEqualTo(401);

        HttpResponse<String> locked = versions("policy", "test-policy-password");
        HttpResponse<String> otherName = versions("guest", "anything");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Integer.parseInt(s)).isBetween(1, 2));
        assertThat(locked.body()).contains("ログインの失敗", "too many failed logins");
        assertThat(otherName.statusCode()).as("the address is locked too").isEqualTo(429);

        // Evaluations carry no credentials and are never throttled.
        HttpRequest evaluation = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evaluations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("fixtures/submissions/taisho-ward-fy2016.json"))).build();
        assertThat(http.send(evaluation, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        Thread.sleep(2100);
        assertThat(versions("policy", "test-policy-password").statusCode()).isEqualTo(200);
        assertThat(versions("policy", "wrong-4").statusCode()).isEqualTo(401);
        assertThat(versions("policy", "wrong-5").statusCode()).as("the success forgot the earlier failures").isEqualTo(401);
        assertThat(versions("policy", "test-policy-password").statusCode()).isEqualTo(200);
    }
}
