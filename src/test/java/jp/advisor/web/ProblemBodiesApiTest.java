package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal over real HTTP is problem details ({@code application/problem+json}) with a title and a detail in
 * Japanese and English, whichever part of the service refuses (Spring Security, Spring MVC, the body limit, the
 * error page), keeping the headers scripts rely on ({@code WWW-Authenticate}, {@code Allow}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as CrossSiteRequestTest and RequestLimitsApiTest
class ProblemBodiesApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASIC = basic("policy", "test-policy-password");
    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    static final Pattern ENGLISH = Pattern.compile("/ .*[A-Za-z]{3,}");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        return ApiCalls.send(port, method, path, headers, body);
    }

    /** The answer is problem details with the status, a type, and a title and detail in both languages. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return assertProblemBody(response.body(), status);
    }

    static JsonNode assertProblemBody(String body, int status) {
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).as(body).isEqualTo(status);
        assertThat(problem.get("type").asString()).as(body).startsWith("urn:advisor:problem:");
        for (String field : new String[] {"title", "detail"}) {
            String text = problem.get(field).asString();
            assertThat(JAPANESE.matcher(text).find()).as(field + " in Japanese: " + body).isTrue();
            assertThat(ENGLISH.matcher(text).find()).as(field + " in English after ' / ': " + body).isTrue();
        }
        assertThat(body).doesNotContain("\"timestamp\"", "Whitelabel", "<html");
        return problem;
    }

    @Test
    void unauthenticatedWithoutCredentialsKeepsTheBasicChallenge() throws Exception {
        HttpResponse<String> response = send("GET", "/api/rules/versions", Map.of("Accept", "application/json"), null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void aScriptInAPageGetsThe401ProblemWithoutTheChallengeThatWouldOpenTheBrowsersDialog() throws Exception {
        HttpResponse<String> response = send("GET", "/api/rules/versions", Map.of("X-Requested-With", "XMLHttpRequest"), null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void wrongCredentialsAreA401ProblemWithTheChallenge() throws Exception {
        HttpResponse<String> response = send("GET", "/api/rules/versions",
                Map.of("Authorization", basic("nobody-problems", "wrong")), null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void authenticatedWithoutTheRoleIsA403Problem() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/rules/versions").with(user("staff").roles("STAFF")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertProblemBody(response.getContentAsString(StandardCharsets.UTF_8), 403);
    }

    @Test
    void aFormPostWithoutACsrfTokenIsA403Problem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/rules/publish",
                Map.of("Authorization", BASIC, "Content-Type", "application/x-www-form-urlencoded"),
                "summary=x".getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 403);
    }

    @Test
    void anUnknownPathIsA404Problem() throws Exception {
        assertProblem(send("GET", "/api/no-such-thing", Map.of("Accept", "application/json"), null), 404);
        assertProblem(send("GET", "/no-such-page.html", Map.of(), null), 404);
    }

    @Test
    void anUnknownVersionIsA404Problem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/rules/versions/999999/rollback",
                Map.of("Authorization", BASIC, "Content-Type", "application/json"), new byte[0]);
        assertThat(assertProblem(response, 404).get("detail").asString()).contains("999999");
    }

    @Test
    void aWrongMethodIsA405ProblemNamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = send("GET", "/api/evaluations", Map.of("Accept", "application/json"), null);
        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
    }

    @Test
    void anAcceptThatCannotBeProducedIsA406Problem() throws Exception {
        String seed = Files.readString(Path.of("fixtures/submissions/taisho-ward-fy2016.json"), StandardCharsets.UTF_8);
        HttpResponse<String> response = send("POST", "/api/evaluations",
                Map.of("Content-Type", "application/json", "Accept", "application/xml"), seed.getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 406);
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        String answer = postOverTheLimit("/api/evaluations", "Content-Type: application/json\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertProblemBody(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1), 413);
    }

    @Test
    void aBrowserUploadingAFileOverTheLimitGetsThe413AsAPage() throws Exception {
        String answer = postOverTheLimit("/staff/submissions", "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("Content-Type: text/html");
        assertThat(answer).contains("<html lang=\"ja\"").contains("413");
    }

    /**
     * Starts a POST announcing a body over the limit and returns the answer. By hand, as RequestLimitsApiTest does: the
     * answer comes while the client is still sending, and java.net.http may fail the exchange instead of reading it.
     */
    private String postOverTheLimit(String path, String headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Content-Length: " + RequestLimitsApiTest.OVER_THE_LIMIT + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            return RequestLimitsApiTest.readAnswer(socket.getInputStream());
        }
    }

    @Test
    void aRefusalIsAPageForABrowserAndAProblemForAScript() throws Exception {
        HttpResponse<String> page = send("GET", "/api/submissions/999999",
                Map.of("Authorization", jp.advisor.TestUsers.ADMIN, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8"), null);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"ja\"").contains("999999");
        assertProblem(send("GET", "/api/submissions/999999", Map.of("Authorization", jp.advisor.TestUsers.ADMIN, "Accept", "*/*"),
                null), 404);
    }

    @Test
    void aJsonTypeTheEndpointDoesNotTakeIsA415Problem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/evaluations",
                Map.of("Content-Type", "application/merge-patch+json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 415);
    }

    @Test
    void aRequestRefusedBeforeSpringMvcIsAProblemFromTheErrorPage() throws Exception {
        // The firewall refuses an encoded slash before any controller: it reaches /error.
        HttpResponse<String> response = send("GET", "/api/rules;jsessionid=x/..;/versions", Map.of("Accept", "*/*"), null);
        assertProblem(response, 400);
    }

    @Test
    void aBrowserAskingForHtmlGetsTheSameTextsAsAPage() throws Exception {
        HttpResponse<String> response = send("GET", "/api/rules;jsessionid=x/..;/versions", Map.of("Accept", "text/html"), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("<html lang=\"ja\"").contains("リクエストを受け付けられません");
    }

    @Test
    void aBadQueryParameterIsABilingualProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/rules/versions/abc/rollback",
                Map.of("Authorization", BASIC, "Content-Type", "application/json"), new byte[0]);
        assertProblem(response, 400);
    }

    @Test
    void theErrorPageAskedForDirectlyIsA404Problem() throws Exception {
        assertProblem(send("GET", "/error", Map.of("Accept", "application/json"), null), 404);
    }
}
