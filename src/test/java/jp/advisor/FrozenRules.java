package jp.advisor;

import java.nio.file.Path;

/**
 * The frozen rule set the Java tests run against (see src/test/resources/frozen/README.md): a copy, so that a policy
 * edit of the bundled {@code rules/} with its fixtures never breaks a test of a Java mechanism.
 */
public final class FrozenRules {

    public static final Path RULES = Path.of("src/test/resources/frozen/rules");
    public static final Path FIXTURES = Path.of("src/test/resources/frozen/fixtures");

    private FrozenRules() {
    }
}
