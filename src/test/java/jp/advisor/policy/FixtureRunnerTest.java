package jp.advisor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.FrozenRules;
import jp.advisor.policy.FixtureRunner.CaseResult;
import jp.advisor.rules.RuleSetLoader;

/**
 * A fixture case may name the judging policy it runs under ({@code "policy"}), so that every policy the rule files
 * offer is pinned, not only the one {@code policy.drl} chooses. Against the frozen rule set.
 */
class FixtureRunnerTest {

    /** 60.0% against 70%以上 with last year at 58%: B by the target alone, A as an improvement, B within a 3-point band. */
    static final String CASE = """
            {"description": "%s",
             %s
             "submission": {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
               {"id": "7-1", "outcomeTarget": "…の割合：平成30年度までに70%%以上",
                "outcomes": [{"label": "割合", "value": "60.0%%", "previous": "58%%"}], "initiatives": []}]},
             "expect": [%s]}
            """;

    static FixtureRunner runner;

    @TempDir
    Path project;

    @BeforeAll
    static void compileFrozenRules() {
        runner = new FixtureRunner(new RuleSetLoader().load(FrozenRules.RULES));
    }

    CaseResult run(String policy, String expect) throws IOException {
        Path folder = Files.createDirectories(project.resolve("fixtures/rules/outcome-rating.drl"));
        Path file = folder.resolve("case.json");
        Files.writeString(file, CASE.formatted("方式を指定したケース", policy, expect), StandardCharsets.UTF_8);
        return runner.run(project.resolve("fixtures"), file);
    }

    @Test
    void runsACaseUnderThePolicyItNames() throws IOException {
        CaseResult improvement = run("""
                "policy": {"name": "improvement", "margin": 0.0},""", """
                {"location": "ruleSet", "policy": "improvement"},
                {"location": "strategies/7-1/outcomes/0", "value": "A", "rule": "改善方式：前年度より改善していれば A"}""");
        assertThat(improvement.failures()).isEmpty();

        CaseResult band = run("""
                "policy": {"name": "band", "margin": 3.0},""", """
                {"location": "ruleSet", "policy": "band"},
                {"location": "strategies/7-1/outcomes/0", "value": "B", "rule": "幅方式：改善が誤差幅の内なら B"}""");
        assertThat(band.failures()).isEmpty();
    }

    @Test
    void withoutAPolicyTheRuleFilesOwnChoiceStands() throws IOException {
        CaseResult result = run("", """
                {"location": "ruleSet", "policy": "trajectory"},
                {"location": "strategies/7-1/outcomes/0", "value": "B", "rule": "軌道方式：今年度の目安を下回れば B（増やす目標）"}""");
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void theNamedPolicyIsTheOnlyOneNotAddedToTheRuleFilesChoice() throws IOException {
        CaseResult result = run("""
                "policy": {"name": "target-reached"},""", """
                {"location": "ruleSet", "policy": "trajectory"}""");
        assertThat(result.failures()).singleElement().asString()
                .contains("ruleSet.policy", "\"trajectory\"", "\"target-reached\"");
    }

    @Test
    void aPolicyNoRuleKnowsStillRunsAndTheExpectationDecides() throws IOException {
        CaseResult result = run("""
                "policy": {"name": "no-such-policy", "margin": 1.5},""", """
                {"location": "ruleSet", "policy": "no-such-policy"},
                {"location": "strategies/7-1/outcomes/0", "value": null, "needsReview": true, "rule": null}""");
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void aMalformedPolicyIsALocatedErrorOfTheCase() throws IOException {
        String expect = """
                {"location": "ruleSet", "policy": "improvement"}""";
        assertThat(run("\"policy\": \"improvement\",", expect).failures()).singleElement().asString()
                .contains("ケースの書き方に誤りがあります", "\"policy\"", "object");
        assertThat(run("\"policy\": {\"margin\": 0.0},", expect).failures()).singleElement().asString()
                .contains("\"policy.name\"");
        assertThat(run("\"policy\": {\"name\": \"band\", \"margin\": \"3ポイント\"},", expect).failures())
                .singleElement().asString().contains("\"policy.margin\"", "3ポイント");
        assertThat(run("\"policy\": {\"name\": \"band\", \"marjin\": 3.0},", expect).failures())
                .singleElement().asString().contains("\"policy.marjin\"");
        CaseResult malformed = run("\"policy\": {\"name\": \"\"},", expect);
        assertThat(malformed.file()).isEqualTo(project.resolve("fixtures/rules/outcome-rating.drl/case.json"));
        assertThat(malformed.name()).isEqualTo("rules/outcome-rating.drl/case.json");
        assertThat(malformed.failures()).singleElement().asString().contains("\"policy.name\"");
    }

    @Test
    void anExpectationOfReviewThatNamesNoRuleIsALocatedFailure() throws IOException {
        // Under a policy no rule knows, no rule decides the cell: 要確認 with null, the same as an expectation naming none.
        CaseResult unnamed = run("""
                "policy": {"name": "no-such-policy"},""", """
                {"location": "ruleSet", "policy": "no-such-policy"},
                {"location": "strategies/7-1/outcomes/0", "value": null, "needsReview": true}""");
        assertThat(unnamed.failures()).singleElement().asString()
                .contains("expect[1]", "strategies/7-1/outcomes/0", "\"rule\"");

        CaseResult namedAsNone = run("""
                "policy": {"name": "no-such-policy"},""", """
                {"location": "strategies/7-1/outcomes/0", "needsReview": true, "rule": null}""");
        assertThat(namedAsNone.failures()).isEmpty();
    }
}
