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

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running service for the publishing tests: requests, the bundled files, concurrent evaluations. */
abstract class PublishingApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("policy:test-policy-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

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

    String currentVersion() throws Exception {
        return get("/api/rules").get("version").asString();
    }

    /** Publishes changed files on the set in use, as a client that has just read it would. */
    HttpResponse<String> publishChanges(Map<String, String> changed, String summary) throws Exception {
        return post("/api/rules/publish", Map.of("base", currentVersion(), "files", changed, "summary", summary), true);
    }

    static Map<String, String> only(Map<String, String> files, String name) {
        return Map.of(name, files.get(name));
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

}
