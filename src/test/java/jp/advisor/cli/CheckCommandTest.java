package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy staff edit a copy of the rules and run check: each kind of mistake is located and explained. */
class CheckCommandTest {

    static Path copyOfRules(Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theBundledRulesPassEveryCheck() {
        var r = EvaluateCommandTest.run("check", "rules");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("結果：問題ありません", "失敗 / passed, failed");
    }

    @Test
    void aSyntaxErrorIsLocatedToItsFileAndLineWithAJapaneseExplanation(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        replace(rules.resolve("strategy-overall.drl"), "    $s : StrategyFact(outcomeCount > 0)\n    List(size == $s.outcomeCount)",
                "    $s : StrategyFact(outcomeCount > 0\n    List(size == $s.outcomeCount)");
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("strategy-overall\\.drl:\\d+: ").contains("書き方に誤りがあります", "engine:");
    }

    @Test
    void anUnknownFieldIsLocatedToItsLine(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        replace(rules.resolve("strategy-progress.drl"), "StrategyFact(initiativeCount == 0)", "StrategyFact(initiativeTotal == 0)");
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("strategy-progress\\.drl:\\d+: ").contains("名前（項目・型・変数）が見つかりません");
    }

    @Test
    void aBadTableCellIsLocatedToTheCell(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        replace(rules.resolve("withdrawal-default.drl.csv"), "既定の撤退基準：達成率50%以上なら当たらない,true,50,",
                "既定の撤退基準：達成率50%以上なら当たらない,true,5O,");
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("withdrawal-default.drl.csv!C11");
    }

    @Test
    void aTableWithAGapIsReportedWithTheUncoveredRange(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        replace(rules.resolve("withdrawal-default.drl.csv"), "既定の撤退基準：達成率50%以上なら当たらない,true,50,",
                "既定の撤退基準：達成率50%以上なら当たらない,true,60,");
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("[GAP]", "[50, 60)");
    }

    @Test
    void aChangedJudgementShowsAsAFailingFixtureWithExpectedAndGot(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        replace(rules.resolve("policy.drl"), "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("✗ rules/outcome-rating.drl/above-this-years-point-is-A.json",
                "期待 expected \"A\"、結果 got \"B\"");
    }

    @Test
    void aRuleFileCallingSystemExitIsRefusedBeforeItRuns(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        Files.writeString(rules.resolve("hostile.drl"), """
                package advisor;
                import jp.advisor.facts.*;
                rule "悪い規則"
                when
                    StrategyFact()
                then
                    System.exit(3);
                end
                """, StandardCharsets.UTF_8);
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("hostile.drl:7", "System");
    }
}
