package jp.advisor.facts;

import java.math.BigDecimal;

/**
 * A comparator as the sheets write it in Japanese. The meaning of each word is fixed by the language
 * (以上 is ≥), not by policy, so it lives here and not in the rule files.
 */
public enum Comparison {
    AT_LEAST("以上", "at least", "≥"),
    MORE_THAN("超", "more than", ">"),
    AT_MOST("以下", "at most", "≤"),
    LESS_THAN("未満", "less than", "<");

    private final String ja;
    private final String en;
    private final String symbol;

    Comparison(String ja, String en, String symbol) {
        this.ja = ja;
        this.en = en;
        this.symbol = symbol;
    }

    /** Exact: numbers are compared as written, never through binary floating point. */
    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
        };
    }

    /** 以上 and 超 targets are reached from below; 以下 and 未満 targets from above. */
    public boolean higherIsBetter() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }

    public String symbol() {
        return symbol;
    }
}
