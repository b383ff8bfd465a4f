package jp.advisor.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one list of how serious a {@link Finding} is, most serious first, with the word every report, page and workbook
 * shows for it. Findings carry the code ({@code "error"}…) as the rules set it and the JSON contract names it.
 */
public enum Severity {
    /** The sheet contradicts its own numbers. */
    ERROR("error", "エラー"),
    /** Cells or the two sheets disagree. */
    WARNING("warning", "警告"),
    /** Worth a look; nothing is contradicted. */
    INFO("info", "参考");

    /** The codes, most serious first. */
    public static final List<String> CODES = Arrays.stream(values()).map(Severity::code).toList();

    private final String code;
    private final String ja;

    Severity(String code, String ja) {
        this.code = code;
        this.ja = ja;
    }

    public String code() {
        return code;
    }

    public String ja() {
        return ja;
    }

    public static Optional<Severity> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The Japanese word of a code; an unknown code as it is (never a blank). */
    public static String ja(String code) {
        return of(code).map(Severity::ja).orElse(code == null ? "" : code);
    }

    /** Most serious first: 0 for error …; an unknown code after every known one. */
    public static int rank(String code) {
        return of(code).map(Enum::ordinal).orElse(values().length);
    }
}
