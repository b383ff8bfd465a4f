package jp.advisor.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * {@code /api/submissions} on the running service (H2, the frozen test rules): every upload a new revision, stored
 * with its evaluation as answered, its findings and an audit entry; nothing stored for a body that cannot be read.
 * Each test submits under its own organisation name (with this run's suffix), so the tests do not see each other's
 * revisions, nor those of an earlier run on the same PostgreSQL database ({@link PostgresSubmissionsApiTest}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SubmissionsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final String RUN = "-" + Long.toString(System.nanoTime(), 36);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    /** Staff of every organisation these tests submit for. */
    TestUsers.Staff staff;

    @BeforeEach
    void staffOfTheseTestsOrganisations() {
        staff = TestUsers.staff(port, "大正区" + RUN, "テスト区-revisions" + RUN, "匿名区" + RUN, "監査区" + RUN,
                "同時区" + RUN, "壊れ区", "件数区" + RUN);
    }

    /** The seed sheet as the named organisation's (the name given this run's suffix). */
    static byte[] seed(String organization) throws Exception {
        organization = organization + RUN;
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        assertThat(seed).contains("\"organization\": \"大正区\"");
        return seed.replace("\"organization\": \"大正区\"", "\"organization\": \"" + organization + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    HttpResponse<byte[]> send(String method, String path, byte[] body, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authenticated) {
            request.header("Authorization", staff.authorization());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> submit(byte[] body) throws Exception {
        return send("POST", "/api/submissions", body, true);
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<byte[]> response = send("GET", path, null, true);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void storesTheSeedWithItsEvaluationExactlyAsEvaluationsAnswersIt() throws Exception {
        byte[] sheet = seed("大正区");
        HttpResponse<byte[]> created = submit(sheet);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        long id = body.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/submissions/" + id);
        assertThat(body.get("organization").asString()).isEqualTo("大正区" + RUN);
        assertThat(body.get("fiscalYear").asInt()).isEqualTo(2016);
        assertThat(body.get("revision").asInt()).isEqualTo(1);
        assertThat(body.get("submittedBy").asString()).isEqualTo(staff.name());
        assertThat(body.get("submittedAt").asString()).isNotBlank();
        assertThat(body.get("ruleSetVersion").asString()).startsWith("sha256:");
        assertThat(body.get("policy").asString()).isNotBlank();
        assertThat(body.get("findingCounts").propertyNames()).containsExactly("error", "warning", "info");

        JsonNode stored = get("/api/submissions/" + id);
        assertThat(stored.get("revisions")).isEmpty();
        assertThat(stored.get("submittedAt")).isEqualTo(body.get("submittedAt"));
        assertThat(stored.get("findingCounts")).isEqualTo(body.get("findingCounts"));

        HttpResponse<byte[]> evaluation = send("GET", "/api/submissions/" + id + "/evaluation", null, true);
        assertThat(evaluation.statusCode()).isEqualTo(200);
        assertThat(evaluation.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        HttpResponse<byte[]> answered = send("POST", "/api/evaluations", sheet, false);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(new String(evaluation.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(answered.body(), StandardCharsets.UTF_8));
        assertThat(json(answered).get("ruleSet").get("version")).isEqualTo(body.get("ruleSetVersion"));
        assertThat(json(answered).get("ruleSet").get("policy")).isEqualTo(body.get("policy"));

        JsonNode findings = json(evaluation).get("findings");
        long errors = 0;
        for (JsonNode f : findings) {
            errors += "error".equals(f.get("severity").asString()) ? 1 : 0;
        }
        assertThat(body.get("findingCounts").get("error").asLong()).isEqualTo(errors);
        assertThat(jdbc.sql("select count(*) from finding where submission_id = ?").param(id).query(Long.class).single())
                .isEqualTo(findings.size());
        assertThat(jdbc.sql("select submission_json from submission where id = ?").param(id).query(String.class).single())
                .isEqualTo(new String(sheet, StandardCharsets.UTF_8));
    }

    @Test
    void theListCountsEachSubmissionsOwnFindingsBySeverityAndTheUndecidedOnes() throws Exception {
        byte[] whole = seed("件数区");
        JsonNode sheet = JSON.readTree(whole);
        ((tools.jackson.databind.node.ArrayNode) sheet.get("strategies")).remove(0); // fewer findings than the whole seed
        long first = json(submit(whole)).get("id").asLong();
        long second = json(submit(JSON.writeValueAsBytes(sheet))).get("id").asLong();

        JsonNode listed = get("/api/submissions?organization=" + enc("件数区" + RUN) + "&allRevisions=true").get("items");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(listed.get(1).get("id").asLong()).isEqualTo(first);
        List<Map<String, Integer>> counted = new ArrayList<>();
        for (JsonNode item : listed) {
            JsonNode findings = JSON.readTree(send("GET", "/api/submissions/" + item.get("id").asLong() + "/evaluation",
                    null, true).body()).get("findings");
            Map<String, Integer> bySeverity = new java.util.LinkedHashMap<>(Map.of("error", 0, "warning", 0, "info", 0));
            findings.forEach(f -> bySeverity.merge(f.get("severity").asString(), 1, Integer::sum));
            for (String severity : bySeverity.keySet()) {
                assertThat(item.get("findingCounts").get(severity).asInt()).as(item.get("id") + " " + severity)
                        .isEqualTo(bySeverity.get(severity));
            }
            assertThat(item.get("undecidedFindings").asInt()).as("no disposition yet").isEqualTo(findings.size());
            counted.add(bySeverity);
        }
        assertThat(counted.get(0)).as("the two revisions are counted apart").isNotEqualTo(counted.get(1));
    }

    @Test
    void aSecondUploadIsRevisionTwoAndTheListShowsOnlyTheNewestUnlessAskedForAll() throws Exception {
        String ward = "テスト区-revisions";
        long first = json(submit(seed(ward))).get("id").asLong();
        HttpResponse<byte[]> again = submit(seed(ward));
        assertThat(again.statusCode()).isEqualTo(201);
        long second = json(again).get("id").asLong();
        assertThat(json(again).get("revision").asInt()).isEqualTo(2);

        JsonNode newest = get("/api/submissions?organization=" + enc(ward + RUN));
        assertThat(newest.get("total").asLong()).isEqualTo(1);
        assertThat(newest.get("page").asInt()).isZero();
        assertThat(newest.get("size").asInt()).isEqualTo(20);
        assertThat(newest.get("items")).hasSize(1);
        assertThat(newest.get("items").get(0).get("id").asLong()).isEqualTo(second);
        assertThat(newest.get("items").get(0).get("revision").asInt()).isEqualTo(2);

        JsonNode all = get("/api/submissions?organization=" + enc(ward + RUN) + "&allRevisions=true");
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(all.get("items").get(1).get("revision").asInt()).isEqualTo(1);
        JsonNode paged = get("/api/submissions?organization=" + enc(ward + RUN) + "&allRevisions=true&page=1&size=1");
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("items").get(0).get("id").asLong()).isEqualTo(first);

        assertThat(get("/api/submissions?organization=" + enc(ward + RUN) + "&fiscalYear=" + enc("平成28年度")).get("total").asLong())
                .isEqualTo(1);
        assertThat(get("/api/submissions?organization=" + enc(ward + RUN) + "&fiscalYear=2016").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/submissions?organization=" + enc(ward + RUN) + "&fiscalYear=2017").get("total").asLong()).isZero();

        JsonNode latest = get("/api/submissions/" + second);
        assertThat(latest.get("revisions")).hasSize(1);
        assertThat(latest.get("revisions").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(latest.get("revisions").get(0).get("revision").asInt()).isEqualTo(1);
        assertThat(latest.get("revisions").get(0).get("submittedAt").asString()).isNotBlank();
        assertThat(get("/api/submissions/" + first).get("revisions").get(0).get("id").asLong()).isEqualTo(second);
    }

    @Test
    void anUnknownIdIsNotFoundAsAProblem() throws Exception {
        for (String path : List.of("/api/submissions/987654321", "/api/submissions/987654321/evaluation")) {
            HttpResponse<byte[]> missing = send("GET", path, null, true);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(missing).get("type").asString()).isEqualTo("urn:advisor:problem:no-such-submission");
            assertThat(json(missing).get("id").asLong()).isEqualTo(987654321L);
        }
    }

    @Test
    void aBodyThatCannotBeReadIsABadRequestAndStoresNothing() throws Exception {
        long submissions = rows("submission");
        long audit = rows("audit_log");
        long organisations = rows("organisation");
        String broken = "{\n  \"organization\": \"壊れ区\",\n  \"fiscalYear\": \"平成28年度\",\n  \"strategies\": [ { \"id\": }\n]}";
        HttpResponse<byte[]> malformed = submit(broken.getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("type").asString()).isEqualTo("urn:advisor:problem:invalid-submission");
        assertThat(json(malformed).get("errors").get(0).get("line").asInt()).isEqualTo(4);
        String invalid = """
                {"organization": "壊れ区", "fiscalYear": "昭和64年度", "strategies": [
                  {"id": "7-1", "outcomes": [{"label": "割合", "value": 54.1, "selfRating": "C"}]}
                ]}""";
        HttpResponse<byte[]> refused = submit(invalid.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors")).hasSize(3);
        assertThat(rows("submission")).isEqualTo(submissions);
        assertThat(rows("audit_log")).isEqualTo(audit);
        assertThat(rows("organisation")).isEqualTo(organisations);
    }

    @Test
    void anUnreadableListParameterIsAProblemWithItsTypeAndBilingualTitle() throws Exception {
        for (String query : List.of("page=-1", "size=0", "size=101", "fiscalYear=" + enc("昭和64年度"))) {
            HttpResponse<byte[]> refused = send("GET", "/api/submissions?" + query, null, true);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(json(refused).get("type").asString()).as(query).startsWith("urn:advisor:problem:");
            assertThat(json(refused).get("title").asString()).as(query).contains(" / ");
            assertThat(json(refused).get("detail").asString()).as(query).contains(" / ");
        }
    }

    @Test
    void everyCallNeedsALogin() throws Exception {
        long submissions = rows("submission");
        assertThat(send("POST", "/api/submissions", seed("匿名区"), false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/submissions", null, false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/submissions/1", null, false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/submissions/1/evaluation", null, false).statusCode()).isEqualTo(401);
        assertThat(rows("submission")).isEqualTo(submissions);
    }

    @Test
    void writesAnAuditEntryNamingWhoSubmittedWhat() throws Exception {
        long id = json(submit(seed("監査区"))).get("id").asLong();
        List<Map<String, Object>> entries = jdbc.sql("select actor, action, detail, at from audit_log where subject = ?")
                .param("submission:" + id).query().listOfRows();
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = lower(entries.get(0));
        assertThat(entry.get("actor")).isEqualTo(staff.name());
        assertThat(entry.get("action")).isEqualTo("SUBMIT");
        assertThat(entry.get("detail").toString()).contains("監査区" + RUN, "平成28年度", "revision 1", "sha256:");
        assertThat(entry.get("at")).isNotNull();
    }

    @Test
    void concurrentUploadsOfOneSheetAreBothStoredAsDifferentRevisions() throws Exception {
        String ward = "同時区";
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<byte[]>>> uploads = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                uploads.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return submit(seed(ward));
                }));
            }
            List<Integer> revisions = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> upload : uploads) {
                HttpResponse<byte[]> response = upload.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
                revisions.add(json(response).get("revision").asInt());
                ids.add(json(response).get("id").asLong());
            }
            assertThat(revisions).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(ids).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/api/submissions?organization=" + enc(ward + RUN) + "&allRevisions=true").get("total").asLong())
                .isEqualTo(threads);
        assertThat(jdbc.sql("select count(*) from organisation where name = ?").param(ward + RUN).query(Long.class).single())
                .isEqualTo(1);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Column names as H2 (upper case) or PostgreSQL (lower case) gives them, in lower case. */
    static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }
}
