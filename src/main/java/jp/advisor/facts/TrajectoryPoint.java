package jp.advisor.facts;

/** This year's point on the straight line from last year's value to the target by its deadline. */
public record TrajectoryPoint(String strategyId, int index, double point) {
}
