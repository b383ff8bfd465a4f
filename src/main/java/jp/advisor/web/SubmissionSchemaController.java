package jp.advisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET the JSON Schema of a submission (docs/submission.schema.json, copied into the jar by the build), so that
 * editors and tools can check a file before it is sent. Open to all, like the evaluations.
 */
@RestController
class SubmissionSchemaController {

    static final String PATH = "/api/submission.schema.json";
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    static final String RESOURCE = "contract/submission.schema.json";

    private final byte[] schema;

    SubmissionSchemaController() {
        ClassPathResource resource = new ClassPathResource(RESOURCE);
        try (InputStream in = resource.getInputStream()) {
            this.schema = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + RESOURCE + " is missing: the build copies it from"
                    + " docs/submission.schema.json (pom.xml, <resources>)", e);
        }
    }

    // Any Accept is answered: a tool asking for application/json gets the same document. Inline, since editors and
    // browsers fetch it to read, not to save; the name is there for those that do save it.
    @ApiResponse(responseCode = "200", description = "提出データの JSON Schema（draft 2020-12） / the submission's JSON Schema"
            + " (draft 2020-12)", content = @Content(mediaType = "application/schema+json", schema = @Schema(type = "object",
            description = "JSON Schema（docs/submission.schema.json） / a JSON Schema (docs/submission.schema.json)")))
    @GetMapping(PATH)
    ResponseEntity<byte[]> schema() {
        ContentDisposition disposition = ContentDisposition.inline()
                .filename("submission.schema.json", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(SCHEMA_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(schema);
    }
}
