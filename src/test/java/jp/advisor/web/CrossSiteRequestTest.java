package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page on another site can make a logged-in browser post a form (with the Basic login it has cached, or its
 * session cookie) but cannot send JSON without a CORS preflight: state changes by form are refused, scripts
 * sending JSON with Basic keep working.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CrossSiteRequestTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("policy:test-policy-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    final HttpClient http = HttpClient.newHttpClient();

    static Map<String, String> bundled() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(jp.advisor.FrozenRules.RULES)) {
            for (Path f : list.filter(p -> p.toString().contains(".drl") || p.getFileName().toString().equals("units.csv")).toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", BASIC)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode versions() throws Exception {
        return JSON.readTree(send("GET", "/api/rules/versions", null, new byte[0]).body());
    }

    /** Publishes, as a script would, one changed file on the set in use. */
    HttpResponse<String> publishChanged() throws Exception {
        Map<String, String> changed = Map.of("policy.drl", bundled().get("policy.drl") + "\n// 公開の試験 / a test publish " + System.nanoTime() + "\n");
        return send("POST", "/api/rules/publish", "application/json",
                JSON.writeValueAsBytes(Map.of("base", current(), "files", changed, "summary", "方式の説明を追記")));
    }

    String current() throws Exception {
        return JSON.readTree(send("GET", "/api/rules", null, new byte[0]).body()).get("version").asString();
    }

    static byte[] form(String... pairs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            text.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFormPostWithACachedBasicLoginCannotRollBackOrPublishAndChangesNothing() throws Exception {
        Map<String, String> files = bundled();
        HttpResponse<String> published = publishChanged();
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        long id = JSON.readTree(published.body()).get("id").asLong();
        JsonNode before = versions();
        String answering = current();

        HttpResponse<String> rollback = send("POST", "/api/rules/versions/" + id + "/rollback",
                "application/x-www-form-urlencoded", form("confirm", "yes"));
        HttpResponse<String> emptyRollback = send("POST", "/api/rules/versions/" + id + "/rollback",
                "application/x-www-form-urlencoded", new byte[0]);
        HttpResponse<String> publish = send("POST", "/api/rules/publish", "application/x-www-form-urlencoded",
                form("summary", "x", "files[policy.drl]", "package advisor;"));
        HttpResponse<String> plainText = send("POST", "/api/rules/publish", "text/plain",
                JSON.writeValueAsBytes(Map.of("files", files, "summary", "text/plain の JSON")));

        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(403);
        assertThat(rollback.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(rollback.body()).contains("CSRF", "Content-Type: application/json");
        assertThat(emptyRollback.statusCode()).isEqualTo(403);
        assertThat(publish.statusCode()).isEqualTo(403);
        assertThat(plainText.statusCode()).isEqualTo(403);
        assertThat(versions()).isEqualTo(before);
        assertThat(current()).isEqualTo(answering);
    }

    @Test
    void aScriptSendingJsonWithBasicStillRollsBack() throws Exception {
        HttpResponse<String> published = publishChanged();
        long id = JSON.readTree(published.body()).get("id").asLong();

        HttpResponse<String> rollback = send("POST", "/api/rules/versions/" + id + "/rollback", "application/json", new byte[0]);

        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        assertThat(versions().get(0).get("kind").asString()).isEqualTo("ROLLBACK");
    }

    @Test
    void aFormPostInALoggedInSessionIsRefusedWithoutTheCsrfTokenAndWithItStillNeedsJson() throws Exception {
        mvc.perform(post("/api/rules/versions/1/rollback").with(user("policy").roles("POLICY"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("confirm=yes"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/rules/publish").with(user("policy").roles("POLICY"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("summary=x"))
                .andExpect(status().isForbidden());
        // A page of this service, token and all, still cannot post a form where JSON is expected.
        mvc.perform(post("/api/rules/publish").with(user("policy").roles("POLICY")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("summary=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/json")));
    }

    @Test
    void evaluationsInAnotherContentTypeAreRefusedSayingWhichOneToSend() throws Exception {
        HttpResponse<String> r = send("POST", "/api/evaluations", "text/plain",
                Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json")));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("application/json");
    }
}
