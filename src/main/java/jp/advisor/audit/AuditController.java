package jp.advisor.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit} (role ADMIN, SecurityConfiguration): the audit log newest first, filtered by time, actor,
 * action and subject, a page at a time as JSON or every matching entry as CSV ({@code format=csv} or
 * {@code Accept: text/csv}).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final URI INVALID_QUERY = URI.create("urn:advisor:problem:invalid-audit-query");
    static final int MAX_PAGE_SIZE = 100;
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    /**
     * One handler for both formats: with two, a request accepting anything ({@code *}{@code /*}) would match both;
     * the answer's two shapes are told to the API description here.
     */
    @ApiResponse(responseCode = "200", description = "新しい順のページ（JSON）か、一致するすべて（CSV） / a page, newest"
            + " first (JSON), or every matching entry (CSV)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AuditPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> list(@RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String actor,
                           @RequestParam(required = false) String action,
                           @RequestParam(required = false) String subject,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size,
                           @RequestParam(required = false) String format,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        AuditQuery query = AuditQuery.of(from, to, actor, action, subject);
        if (csv(format, accept)) {
            ContentDisposition disposition = ContentDisposition.attachment()
                    .filename("監査ログ-audit-" + LocalDate.now(AuditQuery.TOKYO) + ".csv", StandardCharsets.UTF_8).build();
            // Written whole before answering: a failure midway is a problem response, not a cut-off file.
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (AuditCsv csv = new AuditCsv(body)) {
                entries.each(query, csv::write);
            }
            return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                    .body(body.toByteArray());
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new AuditQuery.InvalidException(page < 0 ? "page" : "size", "page は0以上、size は1～" + MAX_PAGE_SIZE
                    + "です / page is 0 or more, size 1 to " + MAX_PAGE_SIZE);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries.page(query, page, size));
    }

    /** {@code format} decides when given; else CSV when the client prefers text/csv to anything else. */
    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new AuditQuery.InvalidException("format", "format は json か csv です: " + format
                        + " / format is json or csv: " + format);
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            MimeTypeUtils.sortBySpecificity(accepted);
            return !accepted.isEmpty() && accepted.get(0).isCompatibleWith(CSV) && !accepted.get(0).isWildcardType();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @ExceptionHandler(AuditQuery.InvalidException.class)
    ProblemDetail invalid(AuditQuery.InvalidException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_QUERY);
        problem.setTitle("監査ログの条件を読めません / Invalid audit query");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }
}
