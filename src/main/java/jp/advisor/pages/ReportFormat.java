package jp.advisor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms a report can be written in; each report says which of them it supports (the review report all four,
 * the what-if report JSON and HTML). Every format is UTF-8 (CSV with a BOM).
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

    /** The file extension without the dot, also the name {@link #of} accepts. */
    public String extension() {
        return extension;
    }

    /** The Content-Type to serve it with. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The name a download of this report is saved under: the stem, each version shortened to the first 12 digits of
     * its hash ("sha256:8e98065632b0…" gives "8e98065632b0"), and this format's extension, joined by "-":
     * {@code fileName("review", "sha256:8e98…")} is "review-8e98065632b0.xlsx".
     */
    public String fileName(String stem, String... versions) {
        StringBuilder name = new StringBuilder(stem);
        for (String version : versions) {
            if (version != null && !version.isBlank()) {
                String hash = version.substring(version.indexOf(':') + 1);
                name.append('-').append(hash, 0, Math.min(12, hash.length()));
            }
        }
        return name.append('.').append(extension).toString();
    }

    /**
     * Parses one of {@code supported} by its extension, ignoring case and surrounding spaces; otherwise throws
     * {@link IllegalArgumentException} "unknown {@code what} format: pdf (json, csv, html or xlsx)".
     */
    public static ReportFormat of(String name, String what, Set<ReportFormat> supported) {
        String wanted = name == null ? null : name.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : supported) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " format: " + name + " (" + choices(supported) + ")");
    }

    /** "json or html", "json, csv, html or xlsx": the supported names in declaration order. */
    static String choices(Set<ReportFormat> supported) {
        List<String> names = new ArrayList<>();
        for (ReportFormat format : values()) {
            if (supported.contains(format)) {
                names.add(format.extension);
            }
        }
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
