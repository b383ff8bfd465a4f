package jp.advisor.facts;

/** Fills explanation templates; {0}, {1} … are replaced, numbers shown as the sheets write them. */
public final class Text {

    private Text() {
    }

    public static String fill(String template, Object... args) {
        String[] shown = new String[args.length];
        boolean brace = false;
        for (int i = 0; i < args.length; i++) {
            shown[i] = show(args[i]);
            brace |= shown[i].indexOf('{') >= 0 || shown[i].indexOf('}') >= 0;
        }
        if (brace) {
            return fillInTurn(template, shown); // a value with a brace: keep what replacing in turn gives
        }
        // One pass: the same text as replacing {0}, {1} … in turn, since no value brings a brace, so no replacement
        // makes a placeholder that replacing in turn would fill again (a brace just before one in the template
        // could: that is left to the slow way).
        StringBuilder out = null;
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            int i = placeholder(template, open + 1, close, args.length);
            if (i >= 0) {
                if (braceBefore(template, open)) {
                    return fillInTurn(template, shown);
                }
                if (out == null) {
                    out = new StringBuilder(template.length() + 32);
                }
                out.append(template, from, open).append(shown[i]);
                from = close + 1;
                open = close;
            }
        }
        return out == null ? template : out.append(template, from, template.length()).toString();
    }

    /** The index written between {@code start} and {@code end} as {@code "{" + i + "}"} writes it, else -1. */
    private static int placeholder(String template, int start, int end, int count) {
        if (end == start || end - start > 9 || (template.charAt(start) == '0' && end - start > 1)) {
            return -1;
        }
        int i = 0;
        for (int k = start; k < end; k++) {
            char c = template.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            i = i * 10 + (c - '0');
        }
        return i < count ? i : -1;
    }

    /** A brace before {@code open}, with only digits between: {@code "{1{0}"}. */
    private static boolean braceBefore(String template, int open) {
        int k = open - 1;
        while (k >= 0 && template.charAt(k) >= '0' && template.charAt(k) <= '9') {
            k--;
        }
        return k >= 0 && template.charAt(k) == '{';
    }

    /** Replaces {0}, {1} … in turn: what {@link #fill} answers in every case. */
    static String fillInTurn(String template, String[] shown) {
        String out = template;
        for (int i = 0; i < shown.length; i++) {
            out = out.replace("{" + i + "}", shown[i]);
        }
        return out;
    }

    /** Joins the parts that are present with 「、」: 「個別 B、進捗 b」. */
    public static String joinPresent(String... parts) {
        return String.join("、", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList());
    }

    /** The text when the condition holds, else nothing: lets a rule build a list without Java statements. */
    public static String when(boolean condition, String text) {
        return condition ? text : null;
    }

    static String show(Object value) {
        if (value == null) {
            return "（なし）";
        }
        if (value instanceof java.math.BigDecimal b) {
            return Numbers.show(b);
        }
        if (value instanceof Double || value instanceof Float) {
            return Numbers.show(((Number) value).doubleValue());
        }
        if (value instanceof Measure m) {
            return m.display();
        }
        if (value instanceof Target t) {
            return t.display();
        }
        if (value instanceof WithdrawalCriterion w) {
            return w.display();
        }
        return value.toString();
    }
}
