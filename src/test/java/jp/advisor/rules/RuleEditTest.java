package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/** Policy staff change a rule file; the suggestion changes with no Java recompiled. */
class RuleEditTest {

    static final String SUBMISSION = """
            {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
              {"id": "7-1", "outcomeTarget": "…区民の割合：平成29年度までに60%以上",
               "outcomes": [{"label": "…区民の割合", "value": "32.0%", "previous": "29.2%"}],
               "initiatives": [{"id": "7-1-1", "performanceTarget": "割合80%以上",
                                "withdrawalCriterion": "50%以下の場合は内容を見直す", "measured": "40%"}]}]}""";

    static Submission submission() {
        return new SubmissionReader().read(SUBMISSION.getBytes(StandardCharsets.UTF_8), "test");
    }

    static Evaluation evaluate(Path rules) {
        RuleSet ruleSet = new RuleSetLoader().load(rules);
        return new Evaluator(() -> ruleSet).evaluate(submission());
    }

    static void copyRules(Path to) throws IOException {
        try (Stream<Path> files = Files.list(jp.advisor.FrozenRules.RULES)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void raisingTheTrajectoryMarginInPolicyFileTurnsBIntoA(@TempDir Path rules) throws IOException {
        copyRules(rules);
        Evaluation before = evaluate(rules);
        assertThat(before.strategies().get(0).outcomes().get(0).rating().value()).isEqualTo("B");

        Path policy = rules.resolve("policy.drl");
        String text = Files.readString(policy, StandardCharsets.UTF_8);
        assertThat(text).contains("new JudgingPolicy(\"trajectory\", 0.0)");
        Files.writeString(policy, text.replace("new JudgingPolicy(\"trajectory\", 0.0)",
                "new JudgingPolicy(\"trajectory\", 15.0)"), StandardCharsets.UTF_8);

        Evaluation after = evaluate(rules);
        assertThat(after.strategies().get(0).outcomes().get(0).rating().value()).isEqualTo("A");
        assertThat(after.ruleSet().version()).isNotEqualTo(before.ruleSet().version());
    }

    @Test
    void switchingThePolicyToTargetReachedIsNamedInTheEvaluation(@TempDir Path rules) throws IOException {
        copyRules(rules);
        Path policy = rules.resolve("policy.drl");
        Files.writeString(policy, Files.readString(policy, StandardCharsets.UTF_8)
                .replace("\"trajectory\", 0.0", "\"target-reached\", 0.0"), StandardCharsets.UTF_8);
        Evaluation after = evaluate(rules);
        assertThat(after.ruleSet().policy()).isEqualTo("target-reached");
        assertThat(after.strategies().get(0).outcomes().get(0).rating().rule())
                .isEqualTo("目標値方式：目標値に達していなければ B");
    }

    @Test
    void addingAPhraseToTheActionTableGivesTheTriggeredCriterionItsAction(@TempDir Path rules) throws IOException {
        copyRules(rules);
        Evaluation before = evaluate(rules);
        var withdrawal = before.strategies().get(0).initiatives().get(0).withdrawal();
        assertThat(withdrawal.triggered()).isTrue();
        assertThat(withdrawal.action()).isNull();
        assertThat(withdrawal.needsReview()).isTrue();

        Files.writeString(rules.resolve("withdrawal-actions.drl.csv"),
                "内容を見直す,内容を見直す,RECONSIDER_METHOD,100\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        var after = evaluate(rules).strategies().get(0).initiatives().get(0).withdrawal();
        assertThat(after.action()).isEqualTo("RECONSIDER_METHOD");
        assertThat(after.needsReview()).isFalse();
    }
}
