package jp.advisor.facts;

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

    public boolean test(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold;
            case MORE_THAN -> value > threshold;
            case AT_MOST -> value <= threshold;
            case LESS_THAN -> value < threshold;
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
