package jp.advisor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import jp.advisor.rules.RuleSetLoader;

/**
 * Runs every fixture case ({@code fixtures/rules/<rule file>/*.json}, {@code fixtures/seed/*.json}) against
 * the rules in {@code rules/}; each test is named by its file. The same runner serves {@code check}.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("fixtures");

    static FixtureRunner runner;

    @BeforeAll
    static void compileRules() {
        runner = new FixtureRunner(new RuleSetLoader().load(Path.of("rules")));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCaseHolds() {
        return FixtureRunner.cases(FIXTURES).stream()
                .map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), file.toUri(), () -> {
                    FixtureRunner.CaseResult result = runner.run(FIXTURES, file);
                    assertThat(result.failures()).as(result.name()).isEmpty();
                }));
    }

    @Test
    void everyRuleFileHasFixtureCasesAndEveryFixtureFolderNamesARuleFile() {
        assertThat(runner.coverageProblems(FIXTURES)).isEmpty();
    }

    @Test
    void aCaseWhoseExpectationIsWrongFails() {
        FixtureRunner.CaseResult result = runner.run(FIXTURES, Path.of("src/test/resources/wrong-fixture/wrong.json"));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).singleElement().asString()
                .contains("strategies/7-1/outcomes/0.value", "\"A\"", "\"B\"");
    }
}
