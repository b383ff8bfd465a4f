package jp.advisor.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Audit entries as CSV, columns {@link #COLUMNS} with a header line, written as the review report's CSV is: UTF-8
 * with a BOM (Excel on Japanese Windows reads UTF-8 only then), CRLF, quoted only where needed, and a value a
 * spreadsheet would take for a formula prefixed with {@code '} (details quote submissions' organisation names).
 */
public final class AuditCsv implements Closeable {

    public static final List<String> COLUMNS = List.of("id", "at", "actor", "action", "subject", "detail");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final CsvSchema SCHEMA = schema();

    /** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer writer;
    private final SequenceWriter rows;

    /** Writes the BOM and the header; {@link #close} flushes and leaves {@code out} open. */
    public AuditCsv(OutputStream out) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        rows = MAPPER.writer(SCHEMA).writeValues(writer);
    }

    public void write(AuditEntry entry) {
        rows.write(Arrays.asList(Long.toString(entry.id()), entry.at().toString(), inert(entry.actor()),
                inert(entry.action()), inert(entry.subject()), inert(entry.detail())));
    }

    @Override
    public void close() throws IOException {
        rows.close();
        writer.flush();
    }

    private static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        return builder.setUseHeader(true).setLineSeparator("\r\n").build();
    }
}
