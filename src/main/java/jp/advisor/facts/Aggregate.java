package jp.advisor.facts;

/**
 * What a figure counts over a period of years: this year's figure alone, the running total since the period began
 * (「R2～R4累計」「合計」), or the average over the years so far (「平均」).
 */
public enum Aggregate {
    YEAR("今年度", "this year's"),
    CUMULATIVE("累計", "cumulative"),
    AVERAGE("平均", "average");

    private final String ja;
    private final String en;

    Aggregate(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
