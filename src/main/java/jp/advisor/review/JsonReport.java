package jp.advisor.review;

import java.io.OutputStream;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The report as indented UTF-8 JSON, field names as the records name them. */
final class JsonReport {

    // The caller owns the stream (an HTTP response, a file): flush it, never close it.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonReport() {
    }

    static void write(ReviewReport report, OutputStream out) {
        MAPPER.writeValue(out, report);
    }
}
