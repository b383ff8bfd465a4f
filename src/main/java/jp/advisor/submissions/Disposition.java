package jp.advisor.submissions;

/** A reviewer's decision on a finding, stored as its code (other modules read the codes). */
public enum Disposition implements Labelled {
    FIX("要修正"),
    EXPLAINED("説明あり"),
    FALSE_POSITIVE("誤検知");

    private final String ja;

    Disposition(String ja) {
        this.ja = ja;
    }

    @Override
    public String ja() {
        return ja;
    }

    /** {@code FALSE_POSITIVE}, {@code false_positive} or {@code 誤検知}; an unknown word names the known ones. */
    public static Disposition read(String word) {
        return Labelled.read(Disposition.class, word, "判断", "disposition");
    }
}
