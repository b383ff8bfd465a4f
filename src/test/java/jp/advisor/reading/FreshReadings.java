package jp.advisor.reading;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test reads afresh: {@link JapaneseReader}'s caches are emptied before it, so that what a test checks is what
 * the readers make of its text now, not a reading cached by an earlier test. Mutation testing (profile {@code pit})
 * needs this: PIT runs many mutants in one JVM, and a cached reading would carry one mutant's result into the next
 * and hide the readers' code from the coverage that picks the tests to run.
 */
public final class FreshReadings implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        JapaneseReader.forgetReadings();
    }
}
