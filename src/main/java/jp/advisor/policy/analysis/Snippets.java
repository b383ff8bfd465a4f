package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the analysis reads in a RuleTable's snippets and cells: the field and comparator a snippet tests, numbers. */
final class Snippets {

    private static final String FIELD = "[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\(\\s*\\))?"
            + "(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\(\\s*\\))?)*";
    private static final String OP = "<=|>=|==|<|>";
    private static final Pattern FIELD_OP_PARAM =
            Pattern.compile("(?<field>" + FIELD + ")\\s*(?<op>" + OP + ")\\s*\\$param");
    private static final Pattern PARAM_OP_FIELD =
            Pattern.compile("\\$param\\s*(?<op>" + OP + ")\\s*(?<field>" + FIELD + ")");
    /** A standalone pattern, optionally bound: {@code $x : Type(constraints)}. */
    private static final Pattern STANDALONE = Pattern.compile(
            "(?:\\$[\\p{L}\\p{N}_$]*\\s*:\\s*)?[\\p{L}_$][\\p{L}\\p{N}_$.]*\\s*\\((?<body>.*)\\)", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("\\$param(?![\\p{L}\\p{N}_$])");
    /** A Java/MVEL number literal as a cell holds it; a type suffix (50L, 0.5B) is allowed and ignored. */
    private static final Pattern NUMBER =
            Pattern.compile("(?<n>[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?)[lLdDfFbBiI]?");
    /** A comparator note in brackets at the end of a label: 「（以上）」. */
    static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[（(][^（()）]*[)）]$");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(" + FIELD + ")\\s*(?:==|!=|<|>|\\.)");

    /** What a numeric snippet compares. */
    record Comparison(String field, Op op) {
    }

    private Snippets() {
    }

    /**
     * The field and comparator of a snippet of the form {@code field OP $param} (or {@code $param OP field}), as a
     * constraint of the column's object type or inside a standalone pattern {@code Type(this == $x, field OP $param)}.
     * Other constraints without {@code $param} may stand beside it: they are the same for every row.
     */
    static Optional<Comparison> comparison(String objectType, String snippet) {
        String body = snippet;
        if (objectType.isBlank()) {
            Matcher m = STANDALONE.matcher(snippet);
            if (!m.matches()) {
                return Optional.empty();
            }
            body = m.group("body");
        }
        Comparison found = null;
        for (String constraint : splitTopLevel(body)) {
            String c = constraint.trim();
            if (!PARAM.matcher(c).find()) {
                continue;
            }
            if (found != null) {
                return Optional.empty();
            }
            Matcher m = FIELD_OP_PARAM.matcher(c);
            if (m.matches()) {
                found = new Comparison(compact(m.group("field")), Op.of(m.group("op")));
                continue;
            }
            m = PARAM_OP_FIELD.matcher(c);
            if (m.matches()) {
                found = new Comparison(compact(m.group("field")), Op.of(m.group("op")).swapped());
                continue;
            }
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    /** The field a symbolic snippet tests ({@code progress} in {@code X(this == $in, progress == "$param")}). */
    static Optional<String> testedName(String objectType, String snippet) {
        String body = snippet;
        if (objectType.isBlank()) {
            Matcher m = STANDALONE.matcher(snippet);
            if (m.matches()) {
                body = m.group("body");
            }
        }
        for (String constraint : splitTopLevel(body)) {
            if (PARAM.matcher(constraint).find()) {
                Matcher m = LEADING_NAME.matcher(constraint);
                return m.find() ? Optional.of(compact(m.group(1))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Splits at commas outside brackets and string literals. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    static BigDecimal number(String cell) {
        Matcher m = NUMBER.matcher(cell.trim());
        return m.matches() ? new BigDecimal(m.group("n")) : null;
    }

    static String compact(String field) {
        return field.replaceAll("\\s+", "");
    }
}
