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

    public boolean met() {
        return target.isMetBy(value);
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

    public boolean higherIsBetter() {
        return target.comparison() == null || target.comparison().higherIsBetter();
    }

    public String location() {
        return "strategies/" + strategyId + "/outcomes/" + index;
    }
}
