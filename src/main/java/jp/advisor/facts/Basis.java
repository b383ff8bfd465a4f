package jp.advisor.facts;

/**
 * What a threshold is stated against: a number written in the sentence itself, last year's value
 * (「前年度を上回る」「前年度実績の8割未満」) or the target (「目標値の半分未満」). A threshold on another basis is
 * turned into a number once that basis is known (see {@link Target#against} and {@link WithdrawalCriterion#against}).
 */
public enum Basis {
    STATED("", ""),
    PREVIOUS_YEAR("前年度", "last year's value"),
    TARGET("目標値", "the target");

    private final String ja;
    private final String en;

    Basis(String ja, String en) {
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
