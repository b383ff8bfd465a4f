package jp.advisor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.advisor.evaluation.Evaluation.Explanation;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

class EvaluatorTest {

    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");

    static Evaluation evaluate(Path rules, Submission submission) {
        RuleSet ruleSet = new RuleSetLoader().load(rules);
        return new Evaluator(() -> ruleSet).evaluate(submission);
    }

    static Submission seed() {
        return new SubmissionReader().read(SEED);
    }

    static List<Rating> ratings(Evaluation e) {
        List<Rating> all = new ArrayList<>();
        for (StrategyEvaluation s : e.strategies()) {
            s.outcomes().forEach(o -> all.add(o.rating()));
            all.addAll(List.of(s.overall(), s.progress(), s.effectiveness()));
            for (InitiativeEvaluation i : s.initiatives()) {
                all.addAll(List.of(i.achievement(), i.execution(), i.effectiveness()));
            }
        }
        return all;
    }

    @Test
    void everyCellOfTheSeedIsDecidedOrLeftToAPersonWithAReasonInBothLanguages() {
        Evaluation e = evaluate(jp.advisor.FrozenRules.RULES, seed());
        List<Rating> ratings = ratings(e);
        assertThat(ratings).hasSizeGreaterThan(100);
        for (Rating r : ratings) {
            assertThat(r.rule()).as("every cell is decided by a named rule").isNotBlank();
            assertThat(r.explanation().ja()).isNotBlank();
            assertThat(r.explanation().en()).isNotBlank();
            if (r.value() == null && r.needsReview()) {
                assertThat(r.explanation().ja()).containsAnyOf("人が判断", "人の判断");
            }
        }
        e.strategies().forEach(s -> s.initiatives().forEach(i -> {
            assertThat(i.withdrawal().rule()).isNotBlank();
            assertThat(i.withdrawal().explanation().ja()).isNotBlank();
        }));
    }

    @Test
    void aCellNoRuleDecidesIsLeftToAPersonSayingSo(@TempDir Path rules) throws IOException {
        Files.copy(jp.advisor.FrozenRules.RULES.resolve("policy.drl"), rules.resolve("policy.drl"));
        Evaluation e = evaluate(rules, seed());
        Rating overall = e.strategies().get(0).overall();
        assertThat(overall.value()).isNull();
        assertThat(overall.needsReview()).isTrue();
        assertThat(overall.rule()).isNull();
        assertThat(overall.explanation()).isEqualTo(new Explanation(
                "このセルを判定するルールがありません。ルールファイルを確認してください。",
                "No rule decided this cell. Check the rule files."));
        assertThat(e.ruleSet().policy()).isEqualTo("trajectory");
    }

    @Test
    void reviewRulesFireAfterEverySuggestionRuleWhateverTheirSalience(@TempDir Path rules) throws IOException {
        Files.copy(jp.advisor.FrozenRules.RULES.resolve("policy.drl"), rules.resolve("policy.drl"));
        Files.writeString(rules.resolve("phases.drl"), """
                package advisor;
                import jp.advisor.facts.*;
                rule "遅い提案"
                    salience -1000
                when
                    $s : StrategyFact()
                then
                    insert(Suggest.strategy($s, Cell.OVERALL).value("A").ja("遅い").en("late").build());
                end
                rule "点検：提案の前に動けば指摘"
                    ruleflow-group "点検"
                    salience 1000
                when
                    $s : StrategyFact()
                    not Suggestion(cell == Cell.OVERALL, strategyId == $s.id)
                then
                    insert(Flag.error("TOO_EARLY", $s.location(), $s.id()).ja("早すぎる").en("too early").build());
                end
                rule "点検：提案の後に動けば指摘"
                    ruleflow-group "点検"
                when
                    $s : StrategyFact()
                    Suggestion(cell == Cell.OVERALL, strategyId == $s.id)
                then
                    insert(Flag.info("AFTER", $s.location(), $s.id()).ja("後").en("after").build());
                end
                """, StandardCharsets.UTF_8);

        Evaluation e = evaluate(rules, seed());

        assertThat(e.findings()).extracting(Evaluation.Finding::code).contains("AFTER").doesNotContain("TOO_EARLY");
        assertThat(e.findings()).filteredOn(f -> f.code().equals("AFTER")).hasSize(e.strategies().size());
    }

    @Test
    void twoRulesDisagreeingOnACellAreShownAsAConflictForAPerson(@TempDir Path rules) throws IOException {
        copy(jp.advisor.FrozenRules.RULES, rules);
        Files.writeString(rules.resolve("contrary.drl"), """
                package advisor;
                import jp.advisor.facts.*;
                rule "反対の規則：個別はいつも B"
                when
                    $o : OutcomeFact()
                then
                    insert(Suggest.outcome($o).value("B").ja("いつも B").en("always B").build());
                end
                """, StandardCharsets.UTF_8);
        Rating first = evaluate(rules, seed()).strategies().get(0).outcomes().get(0).rating();
        assertThat(first.value()).isNull();
        assertThat(first.needsReview()).isTrue();
        assertThat(first.rule()).contains("反対の規則：個別はいつも B", "軌道方式：今年度の目安以上なら A（増やす目標）");
        assertThat(first.explanation().ja()).startsWith("ルールの判定が食い違っています");
    }

    @Test
    void aRuleThatNeverSettlesIsStoppedWithAClearMessage(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("loop.drl"), """
                package advisor;
                import jp.advisor.facts.*;
                rule "終わらない規則"
                when
                    $s : StrategyFact()
                then
                    insert(TrajectoryPoint.of($s.id(), (int) (Math.random() * 1000000), Numbers.ZERO, 0.0, false));
                end
                rule "終わらない規則の続き"
                when
                    $p : TrajectoryPoint()
                then
                    insert(TrajectoryPoint.of($p.strategyId(), $p.index() + 1, Numbers.ZERO, 0.0, false));
                end
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> evaluate(rules, seed()))
                .isInstanceOfSatisfying(EvaluationAbortedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EvaluationAbortedException.Kind.LOOP);
                    assertThat(e.rule()).isIn("終わらない規則", "終わらない規則の続き");
                    assertThat(e.ruleSetVersion()).startsWith("sha256:");
                })
                .hasMessageContaining("上限の 10000 回に達したため評価を打ち切りました")
                .hasMessageContaining("the evaluation was stopped at 10000 firings");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
