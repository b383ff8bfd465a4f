package jp.advisor.submission;

import java.util.Objects;

/**
 * One thing wrong with a submission, pointing at the place in the document so that staff can fix it.
 *
 * @param source    the file name or 「request body」
 * @param path      JSON Pointer of the offending value ({@code /strategies/2/initiatives/0/id}); empty for the whole
 *                  document. For a missing field this is where the field should be.
 * @param line      1-based line, null only when the document could not be read at all
 * @param column    1-based column in characters, null when {@code line} is
 * @param messageJa the explanation in Japanese
 * @param messageEn the same in English
 */
public record SubmissionProblem(String source, String path, Integer line, Integer column,
                                String messageJa, String messageEn) {

    public SubmissionProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
        path = path == null ? "" : path;
    }

    /**
     * {@code source:line:column: path: 日本語 / English}, leaving out the parts that are unknown or empty; a workbook's
     * cell (a path {@code シート名!C12}) as Excel names one, {@code 大正区.xlsx!シート名!C12: 日本語 / English}.
     */
    public String describe() {
        if (line == null && path.contains("!")) {
            return source + "!" + path + ": " + messageJa + " / " + messageEn;
        }
        StringBuilder text = new StringBuilder(source);
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(messageJa).append(" / ").append(messageEn).toString();
    }
}
