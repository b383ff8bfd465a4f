package jp.advisor.submissions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a revision is in the review, with the moves allowed from each state (the one place that says so). A ward
 * answers 差戻し with a new revision, which starts again at 提出; nothing leaves 確定.
 */
public enum ReviewState implements Labelled {
    SUBMITTED("提出"),
    IN_REVIEW("確認中"),
    RETURNED("差戻し"),
    ACCEPTED("確定");

    private final String ja;

    ReviewState(String ja) {
        this.ja = ja;
    }

    @Override
    public String ja() {
        return ja;
    }

    /** The states a reviewer may move a revision to from this one. */
    public Set<ReviewState> successors() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(RETURNED, ACCEPTED);
            case RETURNED, ACCEPTED -> EnumSet.noneOf(ReviewState.class);
        };
    }

    /** {@code RETURNED}, {@code returned} or {@code 差戻し}; an unknown word is an error naming the known ones. */
    public static ReviewState read(String word) {
        return Labelled.read(ReviewState.class, word, "状態", "state");
    }
}
