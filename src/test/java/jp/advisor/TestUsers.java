package jp.advisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

/**
 * The users of the test configuration (src/test/resources/config/application.properties) as HTTP Basic headers, and
 * staff users made on demand through {@code /api/users}: each test submits under organisation names of its own (with
 * a run suffix, for the shared PostgreSQL database), so its staff user is bound to exactly those.
 */
public final class TestUsers {

    public static final String ADMIN = basic("admin", "test-admin-password");
    public static final String POLICY = basic("policy", "test-policy-password");
    public static final String REVIEWER = basic("reviewer", "test-reviewer-password");
    public static final String STAFF_PASSWORD = "test-staff-password";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private TestUsers() {
    }

    public static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A new STAFF user bound to the organisations, added by the admin on the service at {@code port}. */
    public static Staff staff(int port, String... organisations) {
        String name = "staff-" + RUN + "-" + COUNT.incrementAndGet();
        String body = JSON.writeValueAsString(java.util.Map.of("name", name, "displayName", "職員 " + name,
                "roles", List.of("STAFF"), "organisations", List.of(organisations), "password", STAFF_PASSWORD));
        try {
            HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users"))
                    .header("Content-Type", "application/json").header("Authorization", ADMIN)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (added.statusCode() != 201) {
                throw new IllegalStateException("could not add " + name + ": " + added.statusCode() + " " + added.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Staff(name, basic(name, STAFF_PASSWORD));
    }

    /** A staff user's name and Basic header. */
    public record Staff(String name, String authorization) {
    }
}
