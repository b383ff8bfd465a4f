package jp.advisor.facts;

/** A strategy row of sheet 1 with how many outcome values and initiatives it has. */
public record StrategyFact(String id, int outcomeCount, int initiativeCount, int fiscalYear,
                           String selfOverall, String selfProgress, String selfEffectiveness,
                           String issues, String improvements, Target outcomeTarget) {

    /** The sheet's own strategy number: 「7-1@1-(2)-ア」 → 「7-1」, for rows listing one strategy under several items. */
    public String getSheetNumber() {
        int at = id.indexOf('@');
        return at < 0 ? id : id.substring(0, at);
    }

    public boolean issuesMissing() {
        return issues == null || issues.isBlank();
    }

    public boolean improvementsMissing() {
        return improvements == null || improvements.isBlank();
    }

    public String location() {
        return CellLocation.ofStrategy(id).format();
    }
}
