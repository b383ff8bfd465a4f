package jp.advisor.facts;

/** One concrete initiative (sheet 2 row), read for the rules. */
public record InitiativeFact(String strategyId, String id, Target target, WithdrawalCriterion withdrawal,
                             Measure measured, Boolean carriedOutAsPlanned, String result,
                             String selfAchievement, String selfExecution, String selfEffectiveness,
                             String issues, String improvements) {

    public boolean comparable() {
        return measured.readable() && target.readable() && target.sameUnitAs(measured);
    }

    public boolean met() {
        return target.isMetBy(measured);
    }

    /** The withdrawal threshold and the measured value are numbers in the same unit. */
    public boolean withdrawalComparable() {
        return withdrawal.sameUnitAs(measured);
    }

    public boolean withdrawalTriggered() {
        return withdrawal.isTriggeredBy(measured);
    }

    public boolean issuesMissing() {
        return issues == null || issues.isBlank();
    }

    public boolean improvementsMissing() {
        return improvements == null || improvements.isBlank();
    }

    public boolean resultReported() {
        return result != null && !result.isBlank();
    }

    public String location() {
        return "strategies/" + strategyId + "/initiatives/" + id;
    }
}
