package jp.advisor.policy.strength;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The bundled rules are pinned by their fixtures alone, so the fixtures must notice every small change to a boundary
 * or a table value: this is {@code check --strength rules}, run in the build. It takes minutes (one rule build per
 * change); a survivor names the boundary no case is on, for a case to be added on both sides of it.
 */
class BundledRulesStrengthTest {

    @Test
    void everyBoundaryAndTableValueOfTheBundledRulesIsPinnedByAFixture() throws IOException {
        StrengthCheck.Report report = new StrengthCheck().run(StrengthCheckTest.files(Path.of("rules")), Path.of("fixtures"));

        assertThat(report.mutants()).isGreaterThan(100);
        assertThat(report.invalid()).as("changes that do not compile prove nothing").isLessThan(report.mutants() / 10);
        assertThat(report.killed()).isEqualTo(report.mutants() - report.invalid());
        assertThat(report.survivors()).extracting(m -> m.where() + " " + m.change()).isEmpty();
    }
}
