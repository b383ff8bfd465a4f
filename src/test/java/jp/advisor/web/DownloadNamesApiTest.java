package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every download names its file in {@code Content-Disposition}: an ASCII {@code filename} and a UTF-8
 * {@code filename*}, with the extension of the format. Reports are attachments (JSON too), the schema is inline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as CrossSiteRequestTest and ProblemBodiesApiTest
class DownloadNamesApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        return ApiCalls.send(port, method, path, headers, body);
    }

    static String batch() throws Exception {
        return "[" + Files.readString(Path.of("fixtures/submissions/taisho-ward-fy2016.json"), StandardCharsets.UTF_8) + "]";
    }

    String shortVersion() throws Exception {
        String version = JSON.readTree(send("GET", "/api/rules", Map.of(), null).body()).get("version").asString();
        return version.substring(version.indexOf(':') + 1, version.indexOf(':') + 13);
    }

    static void assertAttachment(HttpResponse<?> response, String fileName) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment")
                .contains("filename=\"" + fileName + "\"")
                .contains("filename*=UTF-8''" + fileName));
    }

    @Test
    void everyReviewReportFormatIsAnAttachmentNamedWithItsExtension() throws Exception {
        String version = shortVersion();
        for (String format : new String[] {"json", "csv", "html", "xlsx"}) {
            HttpResponse<String> response = send("POST", "/api/reviews?format=" + format,
                    Map.of("Content-Type", "application/json"), batch().getBytes(StandardCharsets.UTF_8));
            assertAttachment(response, "review-" + version + "." + format);
        }
    }

    @Test
    void whatIfReportsAreAttachmentsNamedWithBothVersions() throws Exception {
        String version = shortVersion();
        for (String format : new String[] {"json", "html"}) {
            HttpResponse<String> response = send("POST", "/api/rules/what-if?format=" + format,
                    Map.of("Authorization", ProblemBodiesApiTest.BASIC, "Content-Type", "application/json"),
                    JSON.writeValueAsBytes(Map.of("files", CrossSiteRequestTest.bundled())));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                    .startsWith("attachment").contains("filename=\"what-if-" + version + "-")
                    .contains("filename*=UTF-8''what-if-" + version + "-").contains("." + format));
        }
    }

    @Test
    void theSubmissionSchemaIsInlineWithItsFileName() throws Exception {
        HttpResponse<String> response = send("GET", SubmissionSchemaController.PATH, Map.of(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("inline").contains("filename=\"submission.schema.json\"")
                .contains("filename*=UTF-8''submission.schema.json"));
    }
}
