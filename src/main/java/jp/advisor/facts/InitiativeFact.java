package jp.advisor.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One concrete initiative (sheet 2 row), read for the rules.
 *
 * @param achievementRate see {@link #getAchievementRate()}; derived, whatever is passed. Computed once, here: every
 *                        alpha constraint of the withdrawal tables on it ({@code achievementRate >= 50} …) reads
 *                        it for every initiative, with or without a written criterion, and each reading was a
 *                        34-digit division
 */
public record InitiativeFact(String strategyId, String id, Target target, WithdrawalCriterion withdrawal,
                             Measure measured, Boolean carriedOutAsPlanned, String result,
                             String selfAchievement, String selfExecution, String selfEffectiveness,
                             String issues, String improvements, BigDecimal achievementRate) {

    public InitiativeFact {
        achievementRate = target != null && measured != null ? rateOf(target, measured) : null;
    }

    public InitiativeFact(String strategyId, String id, Target target, WithdrawalCriterion withdrawal,
                          Measure measured, Boolean carriedOutAsPlanned, String result,
                          String selfAchievement, String selfExecution, String selfEffectiveness,
                          String issues, String improvements) {
        this(strategyId, id, target, withdrawal, measured, carriedOutAsPlanned, result, selfAchievement, selfExecution,
                selfEffectiveness, issues, improvements, null);
    }

    /**
     * Consistent with the record's equals (equal facts have equal ids) and cheap: the engine hashes the fact for
     * every {@code this == $i} join, and the record's own hash walks every reading it holds.
     */
    @Override
    public int hashCode() {
        return Objects.hash(strategyId, id);
    }

    public boolean comparable() {
        return comparable(target, measured);
    }

    private static boolean comparable(Target target, Measure measured) {
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

    /** No withdrawal criterion is written on the sheet. */
    public boolean withdrawalMissing() {
        return missing(withdrawal);
    }

    private static boolean missing(WithdrawalCriterion withdrawal) {
        return withdrawal.text() == null || withdrawal.text().isBlank();
    }

    /**
     * 達成率: the measured value as a percentage of the target (for 以下/未満 targets, the target as a
     * percentage of the measured value), null when the two cannot be compared.
     */
    public BigDecimal getAchievementRate() {
        return achievementRate;
    }

    private static BigDecimal rateOf(Target target, Measure measured) {
        boolean comparable = comparable(target, measured);
        boolean higher = comparable && target.comparison().higherIsBetter();
        if (!comparable || (higher && target.value().signum() == 0) || (!higher && measured.number().signum() == 0)) {
            return null; // no rate of a zero target (以上), nor of a zero value against a 以下 target
        }
        BigDecimal rate = higher
                ? measured.number().multiply(HUNDRED).divide(target.value(), Numbers.EXACT)
                : target.value().multiply(HUNDRED).divide(measured.number(), Numbers.EXACT);
        return rate.stripTrailingZeros();
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        return CellLocation.ofInitiative(strategyId, id).format();
    }
}
