package jp.advisor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.pages.ReportFormat;
import jp.advisor.review.ReviewReport;
import jp.advisor.review.Reviewer;
import jp.advisor.rules.ActiveRules;
import jp.advisor.submission.FiscalYear;
import jp.advisor.submission.Submission;
import jp.advisor.submissions.SameFindings;
import jp.advisor.submissions.StoredSheets;
import jp.advisor.workbook.Workbooks;

/**
 * {@code GET /api/reviews/{fiscalYear}}: the review report over the newest stored revision of every organisation for
 * the year, judged by the rules in use, each compared with the organisation's newest stored revision of the year
 * before, and each finding that was stored with the sheet carrying a reviewer's current disposition. Here, not in
 * submissions, because web already depends on review and submissions must not.
 */
@RestController
class StoredReviewController {

    private final Reviewer reviewer;
    private final StoredSheets sheets;

    StoredReviewController(ActiveRules rules, EvaluationBounds bounds, StoredSheets sheets) {
        this.reviewer = new Reviewer(rules, bounds);
        this.sheets = sheets;
    }

    @ApiResponse(responseCode = "200", description = "年度のレビュー報告（format=json, csv, html, xlsx、添付ファイル） / the"
            + " year's review report (format=json, csv, html or xlsx, as an attachment)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReviewReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @GetMapping(path = "/api/reviews/{fiscalYear}",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_HTML_VALUE, Workbooks.XLSX})
    ResponseEntity<byte[]> review(@PathVariable String fiscalYear,
                                  @RequestParam(name = "format", defaultValue = "json") String format) throws IOException {
        ReportFormat reportFormat;
        try {
            reportFormat = ReviewReport.format(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "format は json, csv, html, xlsx のいずれかです / " + e.getMessage());
        }
        int year = startYear(fiscalYear);
        ReviewReport report = review(year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(reportFormat, out);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(reportFormat.fileName("review-" + year, report.rulesVersion()), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(reportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(out.toByteArray());
    }

    private ReviewReport review(int year) {
        Map<String, StoredSheets.Sheet> bySource = new LinkedHashMap<>();
        StoredSheets.Read read = sheets.read(List.of(year));
        read.sheets().forEach(sheet -> bySource.put(sheet.path(), sheet));
        Map<String, Submission> named = new LinkedHashMap<>();
        bySource.forEach((source, sheet) -> named.put(source, sheet.submission()));
        List<Submission> earlier = sheets.latest(List.of(year - 1)).stream().map(StoredSheets.Sheet::submission).toList();
        ReviewReport report = reviewer.review(named, earlier);
        List<ReviewReport.ReviewedSubmission> stored = report.submissions().stream()
                .map(s -> stored(s, bySource.get(s.source()))).toList();
        // A stored sheet that no longer reads is named among the unreadable, as a file a review cannot read is.
        List<ReviewReport.UnreadableSource> unreadable = new ArrayList<>(report.unreadable());
        read.unreadable().forEach(u -> unreadable.add(new ReviewReport.UnreadableSource(u.path(), u.problems())));
        return new ReviewReport(report.rulesVersion(), report.policy(), stored, unreadable);
    }

    /**
     * The reviewed submission with its stored id and, for each finding the sheet was stored with
     * ({@link SameFindings}), that finding's current disposition. Findings the stored evaluation did not have (a rule
     * published since, a previous year stored after this sheet) have none.
     */
    private static ReviewReport.ReviewedSubmission stored(ReviewReport.ReviewedSubmission reviewed,
                                                          StoredSheets.Sheet sheet) {
        List<Finding> findings = reviewed.findings();
        Map<Integer, StoredSheets.StoredFinding> same = SameFindings.match(findings, Finding::code, Finding::location,
                sheet.findings().values(), StoredSheets.StoredFinding::code, StoredSheets.StoredFinding::location);
        Map<Integer, ReviewReport.Disposition> dispositions = new HashMap<>();
        same.forEach((i, match) -> {
            StoredSheets.Disposition d = match.disposition();
            if (d != null) {
                dispositions.put(i, new ReviewReport.Disposition(d.code(), d.label(), d.comment(), d.decidedBy(),
                        d.decidedAt()));
            }
        });
        return new ReviewReport.ReviewedSubmission(reviewed.source(), sheet.id(), reviewed.organization(),
                reviewed.fiscalYear(), findings, dispositions);
    }

    /** {@code 2016} or any way a submission may write its year ({@code 平成28年度}, {@code H28}). */
    private static int startYear(String fiscalYear) {
        try {
            return FiscalYear.read(fiscalYear.strip()).startYear();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年度を読めません / unreadable fiscal year: "
                    + e.getMessage());
        }
    }
}
