package jp.advisor.facts;

/**
 * The judging policy for 個別 A/B, chosen in the rule files (policy.drl) and named in every evaluation.
 *
 * @param name   "target-reached", "trajectory", "improvement" or "band" (the rule files may add others)
 * @param margin points of tolerance: for "band" the noise margin around last year's value, for
 *               "trajectory" how far below this year's point still counts as on track
 */
public record JudgingPolicy(String name, double margin) {
}
