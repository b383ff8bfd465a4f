package jp.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.TestUsers;

/** Stored sheets for the page tests, submitted through the API as a ward's script would. */
public final class SeedSubmissions {

    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");

    private SeedSubmissions() {
    }

    /**
     * The seed sheet as {@code organization}'s with its first {@code b} 全体 ratings made B (so the chart has two
     * symbols), stored through the API by its staff; returns the stored id.
     */
    public static long submit(int port, TestUsers.Staff staff, String organization, int b) throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        for (int i = 0; i < b; i++) {
            seed = seed.replaceFirst("\"overall\": \"A\"", "\"overall\": \"B\"");
        }
        assertThat(seed).contains("\"organization\": \"大正区\"");
        String body = seed.replace("\"organization\": \"大正区\"",
                "\"organization\": " + JsonMapper.builder().build().writeValueAsString(organization));
        JsonNode stored = store(port, staff, body.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.get("undecidedFindings").asInt()).as("the seed has findings with the frozen rules").isPositive();
        return stored.get("id").asLong();
    }

    /** Stores a submission JSON as {@code staff} through {@code POST /api/submissions}; the stored submission (201). */
    public static JsonNode store(int port, TestUsers.Staff staff, byte[] json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                        .header("Content-Type", "application/json").header("Authorization", staff.authorization())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(answer.body());
    }
}
