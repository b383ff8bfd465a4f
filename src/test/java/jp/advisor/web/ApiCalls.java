package jp.advisor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request to the service under test on its port, the answer read as UTF-8: the web API tests' one client. */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiCalls() {
    }

    /** {@code body} null sends none. */
    static HttpResponse<String> send(int port, String method, String path, Map<String, String> headers, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
