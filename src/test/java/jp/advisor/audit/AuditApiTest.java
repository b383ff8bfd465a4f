package jp.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.TestUsers;

/**
 * {@code GET /api/audit} on the running service: entries of its own actor (this run's suffix), written straight
 * into the log at known times, filtered, paged newest first, as CSV, and refused when the query cannot be read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ACTOR = "監査テスト-" + Long.toString(System.nanoTime(), 36);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void threeEntriesAcrossTwoDaysInJapan() {
        if (jdbc.sql("select count(*) from audit_log where actor = ?").param(ACTOR).query(Long.class).single() > 0) {
            return;
        }
        // 2026-04-01 23:30 and 2026-04-02 00:30 in Japan: different days there, the same day in UTC.
        insert(OffsetDateTime.of(2026, 3, 31, 15, 0, 0, 0, ZoneOffset.UTC), "SUBMIT", "submission:1", "=HYPERLINK(\"x\")");
        insert(OffsetDateTime.of(2026, 4, 1, 14, 30, 0, 0, ZoneOffset.UTC), "SUBMIT", "submission:2", "大正区, \"引用\"");
        insert(OffsetDateTime.of(2026, 4, 1, 15, 30, 0, 0, ZoneOffset.UTC), "IMPORT", "backup", "2 revisions");
    }

    private void insert(OffsetDateTime at, String action, String subject, String detail) {
        jdbc.sql("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(at, ACTOR, action, subject, detail).update();
    }

    HttpResponse<String> get(String query, String authorization, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit?actor="
                + URLEncoder.encode(ACTOR, StandardCharsets.UTF_8) + query)).header("Authorization", authorization);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesNewestFirstWithTheTotal() throws Exception {
        HttpResponse<String> answer = get("&size=2", TestUsers.ADMIN, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode page = JSON.readTree(answer.body());
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.at("/items/0/action").asString()).isEqualTo("IMPORT");
        assertThat(page.at("/items/1/subject").asString()).isEqualTo("submission:2");

        JsonNode second = JSON.readTree(get("&size=2&page=1", TestUsers.ADMIN, null).body());
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.at("/items/0/subject").asString()).isEqualTo("submission:1");
    }

    @Test
    void aDateIsADayInJapanAndToIncludesIt() throws Exception {
        JsonNode day = JSON.readTree(get("&from=2026-04-01&to=2026-04-01", TestUsers.ADMIN, null).body());
        assertThat(day.get("total").asLong()).isEqualTo(2);
        assertThat(day.findValuesAsString("subject")).containsExactly("submission:2", "submission:1");

        JsonNode after = JSON.readTree(get("&from=2026-04-02T00:00&action=IMPORT", TestUsers.ADMIN, null).body());
        assertThat(after.get("total").asLong()).isEqualTo(1);
        JsonNode utc = JSON.readTree(get("&to=2026-03-31T15:00:00Z", TestUsers.ADMIN, null).body());
        assertThat(utc.findValuesAsString("subject")).containsExactly("submission:1");
    }

    @Test
    void csvHasEveryMatchingEntryWithTheReportsConventions() throws Exception {
        HttpResponse<String> answer = get("&format=csv&size=1", TestUsers.ADMIN, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''", ".csv");
        String[] lines = answer.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFid,at,actor,action,subject,detail");
        assertThat(lines).hasSize(4);
        assertThat(lines[2]).endsWith(",SUBMIT,submission:2,\"大正区, \"\"引用\"\"\"");
        assertThat(lines[3]).endsWith(",SUBMIT,submission:1,\"'=HYPERLINK(\"\"x\"\")\"");

        HttpResponse<String> accepted = get("", TestUsers.ADMIN, "text/csv");
        assertThat(accepted.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(accepted.body()).isEqualTo(answer.body());
    }

    @Test
    void unreadableParametersAre400NamingThem() throws Exception {
        for (String[] bad : new String[][] {{"&from=2026-13-01", "from"}, {"&to=yesterday", "to"},
                {"&from=2026-04-02&to=2026-04-01", "from"}, {"&size=101", "size"}, {"&page=-1", "page"},
                {"&format=xml", "format"}}) {
            HttpResponse<String> answer = get(bad[0], TestUsers.ADMIN, null);
            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("type").asString()).isEqualTo("urn:advisor:problem:invalid-audit-query");
            assertThat(problem.get("title").asString()).contains(" / ");
            assertThat(problem.get("parameter").asString()).isEqualTo(bad[1]);
            assertThat(problem.get("detail").asString()).as(bad[0]).contains(bad[1], " / ");
        }
    }

    @Test
    void theApiDescriptionShowsThePageAndTheCsv() throws Exception {
        JsonNode docs = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        JsonNode ok = docs.at("/paths/~1api~1audit/get/responses/200/content");
        assertThat(ok.at("/application~1json/schema/$ref").asString()).endsWith("/AuditPage");
        assertThat(ok.has("text/csv")).isTrue();
        assertThat(docs.at("/paths/~1api~1audit/get/responses/403").isMissingNode()).isFalse();
    }

    @Test
    void onlyAdministratorsReadTheLog() throws Exception {
        assertThat(get("", TestUsers.REVIEWER, null).statusCode()).isEqualTo(403);
        assertThat(get("", TestUsers.POLICY, null).statusCode()).isEqualTo(403);
    }
}
