package jp.advisor.facts;

/** Fills explanation templates; {0}, {1} … are replaced, numbers shown as the sheets write them. */
public final class Text {

    private Text() {
    }

    public static String fill(String template, Object... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", show(args[i]));
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
