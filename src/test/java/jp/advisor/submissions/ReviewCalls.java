package jp.advisor.submissions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review tests' calls: one user's request to the service on its port, the answer's status and JSON body. */
record ReviewCalls(int port) {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An answer: its status and body (null when empty), the body kept as text for assertion messages. */
    record Answer(int status, JsonNode body, String text) {

        JsonNode get(String field) {
            return body.get(field);
        }
    }

    /** {@code authorization} null logs in as nobody; {@code body} null sends none, bytes as they are, else as JSON. */
    Answer send(String authorization, String method, String path, Object body) throws Exception {
        byte[] bytes = body == null ? null : body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (bytes != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = response.body();
        return new Answer(response.statusCode(), text.isEmpty() ? null : JSON.readTree(text), text);
    }

    Answer submit(String authorization, String organization) throws Exception {
        return send(authorization, "POST", "/api/submissions", SubmissionsApiTest.seed(organization));
    }

    Answer move(String authorization, long id, String to, String message) throws Exception {
        return send(authorization, "POST", "/api/submissions/" + id + "/transitions",
                message == null ? Map.of("to", to) : Map.of("to", to, "message", message));
    }

    Answer dispose(String authorization, long id, long finding, String disposition, String comment) throws Exception {
        return send(authorization, "PUT", "/api/submissions/" + id + "/findings/" + finding + "/disposition",
                Map.of("disposition", disposition, "comment", comment));
    }
}
