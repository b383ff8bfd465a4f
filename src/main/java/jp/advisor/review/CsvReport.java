package jp.advisor.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** One line per finding and per unreadable source, columns {@link ReportRows#COLUMNS}, with a header line. */
final class CsvReport {

    // Strict quoting: otherwise Jackson quotes every long value unchecked, and the same code is quoted on one
    // line and bare on the next.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final CsvSchema SCHEMA = schema();

    /** First characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvReport() {
    }

    static void write(ReviewReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Excel reads a CSV without a BOM in the system code page (Shift_JIS on Japanese Windows) and garbles the
        // Japanese; the UTF-8 BOM makes it read UTF-8.
        writer.write('\uFEFF');
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(writer)) {
            for (ReportRows.Row row : ReportRows.rows(report)) {
                rows.write(row.values().stream().map(CsvReport::inert).toList());
            }
        }
        writer.flush();
    }

    /**
     * A value that a spreadsheet would take for a formula ({@code =HYPERLINK(…)}, also {@code +}, {@code -},
     * {@code @}, tab and carriage return first) gets a leading {@code '}, so that it opens as the text it is
     * (OWASP, CSV injection). Submissions are written by anyone; the report is opened by staff in Excel.
     */
    static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        ReportRows.COLUMNS.forEach(builder::addColumn);
        // CRLF as RFC 4180 and Excel expect.
        return builder.setUseHeader(true).setLineSeparator("\r\n").build();
    }
}
