package jp.advisor.policy.whatif;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.pages.ReportFormat;

/**
 * What publishing the candidate rules would change.
 *
 * @param currentVersion   the current rule set's version ("sha256:…")
 * @param currentPolicy    the judging policy the current rules choose (null when no evaluation could tell)
 * @param submissions      how many submissions were given (compared ones and failures)
 * @param changes          every judgement that differs, by submission in the order given, then in sheet order
 * @param countsByCellType changes per cell type, every type of {@link WhatIf#CELL_TYPES} in that order (0 included)
 * @param failures         「source: message」 for each submission that could not be evaluated under either rule set
 */
public record WhatIfReport(String currentVersion, String candidateVersion, String currentPolicy, String candidatePolicy,
                           int submissions, List<Change> changes, Map<String, Integer> countsByCellType,
                           List<String> failures) {

    /** The formats a what-if report is written in. */
    public static final Set<ReportFormat> FORMATS = Collections.unmodifiableSet(EnumSet.of(ReportFormat.JSON,
            ReportFormat.HTML));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Parses "json" or "html", ignoring case. */
    public static ReportFormat format(String name) {
        return ReportFormat.of(name, "what-if", FORMATS);
    }

    public WhatIfReport {
        changes = changes == null ? List.of() : List.copyOf(changes);
        failures = failures == null ? List.of() : List.copyOf(failures);
        // Keep the fixed order: Map.copyOf would not.
        countsByCellType = Collections.unmodifiableMap(
                new LinkedHashMap<>(countsByCellType == null ? Map.of() : countsByCellType));
    }

    /**
     * Writes the report in UTF-8 and flushes, never closes, the stream, so callers can write to a response or a file
     * they own; an I/O failure is thrown as {@link UncheckedIOException}.
     */
    public void write(ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case JSON -> MAPPER.writeValue(out, this);
                case HTML -> WhatIfHtml.write(this, out);
                default -> throw new IllegalArgumentException("a what-if report is json or html, not " + format.extension());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
