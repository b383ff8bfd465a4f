package jp.advisor.submission;

import java.util.Objects;

/**
 * Something in a submission that was read past but deserves a word: the file is evaluated all the same, and the
 * evaluation lists the warning among its findings (severity {@code info}).
 *
 * @param code      upper-case code, as findings have: {@code UNKNOWN_FIELD} (a key the contract does not know,
 *                  ignored)
 * @param source    the file name or 「request body」
 * @param path      JSON Pointer of the place ({@code /strategies/0/outcomes/1/selfrating})
 * @param location  the same place as CONTRACT.md writes finding locations, with ids for indices where the sheet has
 *                  them ({@code strategies/7-1/outcomes/1/selfrating})
 * @param line      1-based line
 * @param column    1-based column in characters
 * @param messageJa the explanation in Japanese, naming the place
 * @param messageEn the same in English
 */
public record SubmissionWarning(String code, String source, String path, String location, int line, int column,
                                String messageJa, String messageEn) {

    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

    public SubmissionWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
        path = path == null ? "" : path;
        location = location == null ? "" : location;
    }

    /** {@code source:line:column: 日本語 / English}: one line of standard error; the message names the place. */
    public String describe() {
        return source + ":" + line + ":" + column + ": " + messageJa + " / " + messageEn;
    }
}
