package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP: {@code /actuator/health} and its liveness and readiness probes are UP once started, without details
 * for anyone but ADMIN; {@code /actuator/info} names the rule set {@code GET /api/rules} names; everything else under
 * {@code /actuator} is refused without ADMIN.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as ProblemBodiesApiTest and ApiDocumentationTest
class ActuatorApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return ApiCalls.send(port, "GET", path, headers, null);
    }

    JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path, Map.of());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void healthAndItsProbesAreUpWithoutDetailsForAnyone() throws Exception {
        JsonNode health = ok("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).as(health.toString()).isFalse();
        assertThat(ok("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
        assertThat(ok("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");

        // the policy user is not ADMIN: still no details
        HttpResponse<String> asPolicy = get("/actuator/health",
                Map.of("Authorization", ProblemBodiesApiTest.BASIC));
        assertThat(asPolicy.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(asPolicy.body()).has("components")).as(asPolicy.body()).isFalse();
    }

    @Test
    void infoNamesTheRuleSetInUse() throws Exception {
        String version = ok("/api/rules").get("version").asString();
        JsonNode rules = ok("/actuator/info").get("rules");
        assertThat(rules).isNotNull();
        assertThat(rules.get("version").asString()).isEqualTo(version).startsWith("sha256:");
        assertThat(rules.get("files").asInt()).isPositive();
        assertThat(rules.get("policy").asString()).isNotBlank().isNotEqualTo("null");
    }

    @Test
    void everythingElseUnderActuatorIsRefusedWithoutAdmin() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/health/db/../../env"}) {
            HttpResponse<String> anonymous = get(path, Map.of());
            assertThat(anonymous.statusCode()).as(path + ": " + anonymous.body()).isIn(400, 401);
            HttpResponse<String> policy = get(path, Map.of("Authorization", ProblemBodiesApiTest.BASIC));
            assertThat(policy.statusCode()).as(path + " as policy: " + policy.body()).isIn(400, 403);
        }
        HttpResponse<String> env = get("/actuator/env", Map.of());
        ProblemBodiesApiTest.assertProblem(env, 401);
    }
}
