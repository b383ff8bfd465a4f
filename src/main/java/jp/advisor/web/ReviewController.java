package jp.advisor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.pages.ReportFormat;
import jp.advisor.review.ReviewReport;
import jp.advisor.review.Reviewer;
import jp.advisor.rules.ActiveRules;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.workbook.Workbooks;

/**
 * POST a JSON array of submissions (several wards, several years), get one review report. An item that
 * cannot be read is listed under {@code unreadable} with its problems; the others are still reviewed.
 */
@RestController
class ReviewController {

    // Duplicate keys refused as the submission reader and the other JSON endpoints refuse them: which one would count?
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Reviewer reviewer;

    ReviewController(ActiveRules rules, EvaluationBounds bounds) {
        this.reviewer = new Reviewer(rules, bounds);
    }

    @ApiResponse(responseCode = "200", description = "レビュー報告（format=json, csv, html, xlsx、添付ファイル） / the review"
            + " report (format=json, csv, html or xlsx, as an attachment)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReviewReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/api/reviews", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_HTML_VALUE, Workbooks.XLSX})
    ResponseEntity<byte[]> review(@RequestBody byte[] body,
                                  @RequestParam(name = "format", defaultValue = "json") String format) throws IOException {
        ReportFormat reportFormat;
        try {
            reportFormat = ReviewReport.format(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "format は json, csv, html, xlsx のいずれかです / " + e.getMessage());
        }
        ReviewReport report = reviewer.review(items(body));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(reportFormat, out);
        // An attachment in every format, JSON too: saved by a browser or curl -OJ under a name saying what and which rules.
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(reportFormat.fileName("review", report.rulesVersion()), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(reportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(out.toByteArray());
    }

    /** Splits the array into one source per item, each named by its position ("item 0", "item 1" …). */
    private static List<Reviewer.Source> items(byte[] body) {
        JsonNode array;
        try {
            array = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new SubmissionException(List.of(ProblemResponses.jsonProblem("request body", e)));
        }
        if (array == null || !array.isArray()) {
            throw new SubmissionException(List.of(new SubmissionProblem("request body", "", 1, 1,
                    "提出データの配列 [ {…}, {…} ] を送ってください", "send a JSON array of submissions [ {…}, {…} ]")));
        }
        List<Reviewer.Source> sources = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            sources.add(new Reviewer.Source("item " + i, JSON.writeValueAsBytes(array.get(i))));
        }
        return sources;
    }
}
