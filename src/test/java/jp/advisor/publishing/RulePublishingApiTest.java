package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running service: check, what-if, publish, history and rollback, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RulePublishingApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("policy:test-policy-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static Map<String, String> bundled() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(Path.of("rules"))) {
            for (Path f : list.filter(p -> p.toString().contains(".drl") || p.getFileName().toString().equals("units.csv")).toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static Map<String, String> with(Map<String, String> files, String name, String from, String to) {
        Map<String, String> changed = new TreeMap<>(files);
        assertThat(changed.get(name)).contains(from);
        changed.put(name, changed.get(name).replace(from, to));
        return changed;
    }

    HttpResponse<String> post(String path, Object body, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body instanceof byte[] b ? b : JSON.writeValueAsBytes(body)));
        if (authenticated) {
            request.header("Authorization", AUTH);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", AUTH).GET().build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }

    JsonNode evaluateSeed() throws Exception {
        HttpResponse<String> r = post("/api/evaluations", Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json")), false);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    interface Action {
        void run() throws Exception;
    }

    /** Four clients evaluate the seed over and over while {@code action} runs; returns what each answer said. */
    List<String> whileEvaluatingConcurrently(java.util.function.Function<JsonNode, String> summary, Action action)
            throws Exception {
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(pool.submit(() -> {
                while (!stop.get()) {
                    answers.add(summary.apply(evaluateSeed()));
                }
                return null;
            }));
        }
        try {
            action.run();
        } finally {
            stop.set(true);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        return List.copyOf(answers);
    }

    static String firstOutcome(JsonNode evaluation) {
        return evaluation.get("strategies").get(0).get("outcomes").get(0).get("rating").get("value").asString();
    }

    @Test
    void rollingBackToAnUnknownVersionIsNotFoundAndAnUnknownFormatIsABadRequest() throws Exception {
        assertThat(post("/api/rules/versions/999/rollback", new byte[0], true).statusCode()).isEqualTo(404);
        assertThat(post("/api/rules/what-if?format=pdf", Map.of("files", bundled()), true).statusCode()).isEqualTo(400);
        HttpResponse<String> badName = post("/api/rules/check", Map.of("files", Map.of("../escape.drl", "package advisor;")), true);
        assertThat(badName.statusCode()).isEqualTo(422);
        assertThat(badName.body()).contains("../escape.drl");
    }

    @Test
    void publishingNeedsThePolicyRole() throws Exception {
        HttpResponse<String> r = post("/api/rules/publish", Map.of("files", bundled(), "summary", "x"), false);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(get("/api/rules/versions")).isEmpty();
    }

    @Test
    void publishesListsAndRollsBackVersionsNamingWhoAndWhen() throws Exception {
        String bundledVersion = get("/api/rules").get("version").asString();
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");

        HttpResponse<String> first = post("/api/rules/publish", Map.of("files", bundled(), "summary", "同梱のルール"), true);
        HttpResponse<String> second = post("/api/rules/publish", Map.of("files", targetReached, "summary", "目標値方式に変更"), true);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode published = JSON.readTree(second.body());
        assertThat(evaluateSeed().get("ruleSet").get("version").asString()).isEqualTo(published.get("version").asString());
        assertThat(firstOutcome(evaluateSeed())).isEqualTo("B");

        JsonNode versions = get("/api/rules/versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("summary").asString()).isEqualTo("目標値方式に変更");
        assertThat(versions.get(0).get("publishedBy").asString()).isEqualTo("policy");
        assertThat(versions.get(0).get("publishedAt").asString()).isNotBlank();

        long firstId = JSON.readTree(first.body()).get("id").asLong();
        HttpResponse<String> rollback = post("/api/rules/versions/" + firstId + "/rollback", new byte[0], true);
        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        assertThat(get("/api/rules").get("version").asString()).isEqualTo(bundledVersion);
        assertThat(firstOutcome(evaluateSeed())).isEqualTo("A");
        assertThat(get("/api/rules/versions").get(0).get("kind").asString()).isEqualTo("ROLLBACK");
    }

    @Test
    void aBrokenPublishChangesNothingWhileConcurrentEvaluationsKeepAnswering() throws Exception {
        String before = get("/api/rules").get("version").asString();
        Map<String, String> broken = with(bundled(), "strategy-overall.drl", "List(size == $s.outcomeCount) from collect",
                "List(size == $s.outcomeCount from collect");
        Map<String, String> hostile = with(bundled(), "policy.drl", "insert(new JudgingPolicy(\"trajectory\", 0.0));",
                "System.exit(1);");
        Map<String, String> gap = with(bundled(), "withdrawal-default.drl.csv", "達成率50%以上なら当たらない,true,50,",
                "達成率50%以上なら当たらない,true,60,");

        List<HttpResponse<String>> publishes = new ArrayList<>();
        List<String> answers = whileEvaluatingConcurrently(e -> e.get("ruleSet").get("version").asString() + " " + firstOutcome(e),
                () -> {
                    publishes.add(post("/api/rules/publish", Map.of("files", broken, "summary", "壊れた編集"), true));
                    publishes.add(post("/api/rules/publish", Map.of("files", hostile, "summary", "危険な編集"), true));
                    publishes.add(post("/api/rules/publish", Map.of("files", gap, "summary", "切れ目のある表"), true));
                });
        HttpResponse<String> syntax = publishes.get(0);
        HttpResponse<String> exit = publishes.get(1);
        HttpResponse<String> gapped = publishes.get(2);

        assertThat(syntax.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(syntax.body()).get("problems").get(0).get("where").asString()).matches("strategy-overall\\.drl:\\d+");
        assertThat(exit.statusCode()).isEqualTo(422);
        assertThat(exit.body()).contains("policy.drl", "System");
        assertThat(gapped.statusCode()).isEqualTo(422);
        assertThat(gapped.body()).contains("GAP", "[50, 60)");
        assertThat(answers).isNotEmpty().allMatch(a -> a.equals(before + " A"));
        assertThat(get("/api/rules").get("version").asString()).isEqualTo(before);
        assertThat(get("/api/rules/versions")).isEmpty();
    }

    @Test
    void evaluationsDuringAPublishEachCompleteOnOneVersionAndNameIt() throws Exception {
        String trajectory = get("/api/rules").get("version").asString();
        Map<String, String> targetReached = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        List<HttpResponse<String>> publishes = new ArrayList<>();
        List<String> answers = whileEvaluatingConcurrently(e -> e.get("ruleSet").get("version").asString() + " "
                + e.get("ruleSet").get("policy").asString() + " " + firstOutcome(e), () -> {
                    publishes.add(post("/api/rules/publish", Map.of("files", targetReached, "summary", "目標値方式"), true));
                    Thread.sleep(300);
                });
        HttpResponse<String> published = publishes.get(0);

        String next = JSON.readTree(published.body()).get("version").asString();
        // Each answer is wholly on one side: the old version with its policy and rating, or the new one with its.
        assertThat(answers).isNotEmpty()
                .allMatch(a -> a.equals(trajectory + " trajectory A") || a.equals(next + " target-reached B"))
                .anyMatch(a -> a.startsWith(next));
    }

    @Test
    void checkAndWhatIfShowACandidatesEffectBeforePublishing() throws Exception {
        Map<String, String> candidate = with(bundled(), "policy.drl", "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        HttpResponse<String> check = post("/api/rules/check", Map.of("files", candidate), true);
        assertThat(check.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(check.body());
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("fixtures").toString()).contains("above-this-years-point-is-A.json");

        HttpResponse<String> whatIf = post("/api/rules/what-if", Map.of("files", candidate), true);
        assertThat(whatIf.statusCode()).as(whatIf.body()).isEqualTo(200);
        assertThat(whatIf.body()).contains("strategies/6-1/outcomes/0");
        assertThat(get("/api/rules/versions")).isEmpty();
    }
}
