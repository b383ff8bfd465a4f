package jp.advisor.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The forms a {@link ReviewReport} can be written in. Every format writes UTF-8 (CSV with a BOM) and
 * flushes but does not close the stream, so callers can write to a response or a file they own.
 */
public enum ReportFormat {

    JSON("json", "application/json"),
    CSV("csv", "text/csv; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, also the name {@link #of(String)} accepts. */
    public String extension() {
        return extension;
    }

    /** The Content-Type to serve it with. */
    public String mediaType() {
        return mediaType;
    }

    public void write(ReviewReport report, OutputStream out) throws IOException {
        switch (this) {
            case JSON -> JsonReport.write(report, out);
            case CSV -> CsvReport.write(report, out);
            case HTML -> HtmlReport.write(report, out);
            case XLSX -> XlsxReport.write(report, out);
        }
    }

    /** Parses "json", "csv", "html" or "xlsx", ignoring case. */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(name == null ? null : name.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format: " + name + " (json, csv, html or xlsx)");
    }
}
