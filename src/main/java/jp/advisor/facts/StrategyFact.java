package jp.advisor.facts;

/** A strategy row of sheet 1 with how many outcome values and initiatives it has. */
public record StrategyFact(String id, int outcomeCount, int initiativeCount, int fiscalYear,
                           String selfOverall, String selfProgress, String selfEffectiveness,
                           String issues, String improvements) {

    public String location() {
        return "strategies/" + id;
    }
}
