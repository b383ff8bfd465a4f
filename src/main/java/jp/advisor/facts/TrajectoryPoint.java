package jp.advisor.facts;

import java.math.BigDecimal;

/**
 * This year's point on the straight line to the target by its deadline, with the policy's margin applied, exactly.
 *
 * @param point      the point itself (a year's target: from last year's value; a cumulative target: from zero at the
 *                   period's start, so the share of the total due by this year)
 * @param lower      point − margin: the least a higher-is-better value may be and still be on track
 * @param upper      point + margin: the most a lower-is-better value may be and still be on track
 * @param cumulative true for a point on a cumulative target's line (「R2～R4累計」)
 */
public record TrajectoryPoint(String strategyId, int index, BigDecimal point, BigDecimal lower, BigDecimal upper,
                              boolean cumulative) {

    public static TrajectoryPoint of(String strategyId, int index, BigDecimal point, double margin, boolean cumulative) {
        BigDecimal m = BigDecimal.valueOf(margin);
        return new TrajectoryPoint(strategyId, index, point, point.subtract(m).stripTrailingZeros(),
                point.add(m).stripTrailingZeros(), cumulative);
    }
}
