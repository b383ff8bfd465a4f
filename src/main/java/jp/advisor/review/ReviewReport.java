package jp.advisor.review;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.pages.ReportFormat;

/**
 * The findings over one or many submissions (several wards, several years), and the inputs that could
 * not be read.
 *
 * @param rulesVersion the rule set every submission was judged with
 * @param unreadable   inputs that could not be evaluated, each with why
 */
public record ReviewReport(String rulesVersion, String policy, List<ReviewedSubmission> submissions,
                           List<UnreadableSource> unreadable) {

    /** The formats a review report is written in: all of them. */
    public static final Set<ReportFormat> FORMATS = Collections.unmodifiableSet(EnumSet.allOf(ReportFormat.class));

    /** Parses "json", "csv", "html" or "xlsx", ignoring case. */
    public static ReportFormat format(String name) {
        return ReportFormat.of(name, "report", FORMATS);
    }

    /**
     * Writes the report in UTF-8 (CSV with a BOM) and flushes but does not close the stream, so callers can write
     * to a response or a file they own.
     */
    public void write(ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> JsonReport.write(this, out);
            case CSV -> CsvReport.write(this, out);
            case HTML -> HtmlReport.write(this, out);
            case XLSX -> XlsxReport.write(this, out);
        }
    }

    /**
     * One submission's findings, most severe first, then by location.
     *
     * @param submissionId the stored submission reviewed, null for one given in the request or as a file
     * @param dispositions a reviewer's current decision on a finding, by its index in {@code findings}; only the
     *                     findings that were stored with the submission and decided on have one
     */
    public record ReviewedSubmission(String source, Long submissionId, String organization, String fiscalYear,
                                     List<Finding> findings, Map<Integer, Disposition> dispositions) {

        /** A submission not stored: no id, no dispositions. */
        public ReviewedSubmission(String source, String organization, String fiscalYear, List<Finding> findings) {
            this(source, null, organization, fiscalYear, findings, Map.of());
        }

        public ReviewedSubmission {
            dispositions = dispositions == null ? Map.of() : Map.copyOf(dispositions);
        }
    }

    /**
     * A reviewer's decision on a stored finding.
     *
     * @param code  FIX, EXPLAINED or FALSE_POSITIVE
     * @param label 要修正, 説明あり or 誤検知
     */
    public record Disposition(String code, String label, String comment, String decidedBy, OffsetDateTime decidedAt) {
    }

    /** An input that could not be evaluated: the file (or item) and every problem found in it. */
    public record UnreadableSource(String source, List<String> problems) {
    }
}
