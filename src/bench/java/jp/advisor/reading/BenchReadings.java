package jp.advisor.reading;

/**
 * Benchmark access to {@link JapaneseReader}'s caches (package-private in the application): lets the seed benchmark
 * read a sheet as if its sentences had never been seen. Lives in src/bench only.
 */
public final class BenchReadings {

    private BenchReadings() {
    }

    /** Empties the reading caches, as {@code FreshReadings} does before each reader test. */
    public static void forget() {
        JapaneseReader.forgetReadings();
    }
}
