package jp.advisor.submission;

/**
 * One measured outcome value (アウトカムの達成状況) with last year's value and its 個別 self-rating.
 *
 * @param target the outcome's own target sentence when it differs from the strategy's
 *               {@code outcomeTarget} (optional, added to the contract)
 */
public record Outcome(String label, String value, String previous, String selfRating, String target) {
}
