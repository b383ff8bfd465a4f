package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a client may send: body size, duplicate keys, file names and summaries, each refused saying what and where. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as CrossSiteRequestTest
class RequestLimitsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("policy:test-policy-password".getBytes(StandardCharsets.UTF_8));
    static final int OVER_THE_LIMIT = 6 * 1024 * 1024; // advisor.http.max-body-size=5MB

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        // Expect: 100-continue, as curl sends for a large body: the refusal comes before the body is sent.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).expectContinue(true)
                .header("Content-Type", "application/json").header("Authorization", BASIC).POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    /** The version in use, as the base of a candidate. */
    String currentVersion() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rules")).GET().build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("version").asString();
    }

    static byte[] hugeArray() {
        byte[] body = new byte[OVER_THE_LIMIT];
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        return body;
    }

    /** A candidate whose summary alone is over the limit, so that binding reads past it. */
    static byte[] hugeCandidate() {
        byte[] body = new byte[OVER_THE_LIMIT];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "{\"summary\": \"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedWith413BeforeItIsSentSayingTheLimitInJapaneseAndEnglish() throws Exception {
        // By hand: the answer comes while the client is still sending, which java.net.http does not wait to read.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/reviews HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + OVER_THE_LIMIT + "\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String answer = readAnswer(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            JsonNode problem = JSON.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
            assertThat(problem.get("detail").asString()).contains("上限", "5242880", "advisor.http.max-body-size", "over the limit");
            assertThat(problem.get("limitBytes").asLong()).isEqualTo(5L * 1024 * 1024);
        }
    }

    /** The status line, headers and problem document of one answer. */
    static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            answer.write(buffer, 0, n);
            String text = answer.toString(StandardCharsets.UTF_8);
            if (text.contains("\r\n\r\n") && text.trim().endsWith("}") || text.endsWith("\r\n0\r\n\r\n")) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aChunkedBodyOfNoDeclaredLengthStopsBeingReadAtTheLimit() throws Exception {
        HttpResponse<String> chunked = post("/api/evaluations",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(hugeArray())));
        HttpResponse<String> rules = post("/api/rules/check",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(hugeCandidate())));

        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("advisor.http.max-body-size");
        assertThat(rules.statusCode()).as(rules.body()).isEqualTo(413);
    }

    @Test
    void aReviewWithADuplicateKeyIsRefusedNamingTheKeyAndLine() throws Exception {
        HttpResponse<String> r = post("/api/reviews", "[\n {\"organization\": \"大正区\",\n  \"organization\": \"北区\"}\n]");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("message").asString()).contains("organization", "重複", "3行目");
        assertThat(error.get("messageEn").asString()).contains("\"organization\"", "more than once", "line 3");
    }

    @Test
    void aRulesCandidateWithADuplicateKeyIsRefusedNamingTheKeyAndLine() throws Exception {
        String candidate = "{\"files\": {\"a.drl\": \"package advisor;\",\n \"a.drl\": \"package advisor;\"},\n \"summary\": \"x\"}";
        for (String path : new String[] {"/api/rules/check", "/api/rules/what-if", "/api/rules/publish"}) {
            HttpResponse<String> r = post(path, candidate);

            assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body()).get("errors").get(0);
            assertThat(error.get("line").asInt()).as(path).isEqualTo(2);
            assertThat(error.get("message").asString()).as(path).contains("a.drl", "重複");
        }
    }

    @Test
    void aFileNameOver100CharactersIsRefusedWith422SayingTheLimit() throws Exception {
        String name = "x".repeat(501) + ".drl";
        for (String path : new String[] {"/api/rules/check", "/api/rules/what-if", "/api/rules/publish"}) {
            HttpResponse<String> r = post(path, JSON.writeValueAsString(
                    Map.of("base", currentVersion(), "files", Map.of(name, "package advisor;"), "summary", "長い名前")));

            assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(422);
            assertThat(r.body()).as(path).contains("100文字まで", "at most 100");
        }
    }

    @Test
    void aSummaryOver2000CharactersIsRefusedWith422SayingTheLimit() throws Exception {
        String summary = "要".repeat(4001);
        for (String path : new String[] {"/api/rules/check", "/api/rules/what-if", "/api/rules/publish"}) {
            HttpResponse<String> r = post(path, JSON.writeValueAsString(
                    Map.of("files", Map.of("a.drl", "package advisor;"), "summary", summary)));

            assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(422);
            assertThat(r.body()).as(path).contains("summary", "2000文字まで", "at most 2000");
            assertThat(JSON.readTree(r.body()).get("errors")).as(path).hasSize(1);
        }
    }

    @Test
    void aFileNameWithAFolderOrTheWrongCaseIsRefusedWithItsName() throws Exception {
        for (String name : new String[] {"sub/evil.drl", "./evil.drl", "evil.DRL", "notes.txt"}) {
            HttpResponse<String> r = post("/api/rules/check", JSON.writeValueAsString(
                    Map.of("files", Map.of(name, "package advisor;"))));

            assertThat(r.statusCode()).as(name).isEqualTo(422);
            assertThat(r.body()).as(name).contains(name);
        }
    }

    @Test
    void badBase64IsRefusedWith422NamingTheFile() throws Exception {
        HttpResponse<String> r = post("/api/rules/check", "{\"filesBase64\": {\"t.drl.xlsx\": \"not base64!\"}}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("t.drl.xlsx", "base64");
    }
}
