package jp.advisor.facts;

/**
 * One measured outcome value of a strategy, read for the rules.
 *
 * @param fiscalYear the submission's fiscal year (Gregorian start year, 平成28年度 → 2016)
 */
public record OutcomeFact(String strategyId, int index, String label, Measure value, Measure previous,
                          Target target, int fiscalYear, String selfRating) {

    /** Value and target are both numbers in the same unit, so the rules can compare them. */
    public boolean comparable() {
        return value.readable() && target.readable() && target.sameUnitAs(value);
    }

    /**
     * The target is reached. A cap on a running total (「R2～R4累計 300件以下」) is reached only when its period is over:
     * before that, being under the cap says nothing of the total, so the trajectory judges it.
     */
    public boolean met() {
        boolean capOnRunningTotal = target.aggregate() == Aggregate.CUMULATIVE && !higherIsBetter()
                && deadline() > fiscalYear;
        return !capOnRunningTotal && target.isMetBy(value);
    }

    /** Last year's value is a number in this year's unit. */
    public boolean previousComparable() {
        return previous != null && previous.readable() && value.readable() && previous.unit().equals(value.unit());
    }

    /** The fiscal year before this one, where a straight-line trajectory starts. */
    public int baseYear() {
        return fiscalYear - 1;
    }

    /** The target's deadline, or this year when the target names none. */
    public int deadline() {
        return target.deadlineFiscalYear() == null ? fiscalYear : target.deadlineFiscalYear();
    }

    /** The first fiscal year of a cumulative or average target's period, where its trajectory starts. */
    public int periodStart() {
        return target.periodStart() == null ? baseYear() : target.periodStart();
    }

    /** How many years a cumulative target's period spans (R2～R4 → 3). */
    public int periodYears() {
        return deadline() - periodStart() + 1;
    }

    /** How many years of a cumulative target's period have passed by the end of this one (R3 of R2～R4 → 2). */
    public int yearsSoFar() {
        return fiscalYear - periodStart() + 1;
    }

    public boolean higherIsBetter() {
        return target.comparison() == null || target.comparison().higherIsBetter();
    }

    public String location() {
        return CellLocation.ofOutcome(strategyId, index).format();
    }
}
