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
        try (Stream<Path> files = Files.list(jp.advisor.FrozenRules.RULES)) {
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
        assertThat(r.out()).contains("結果：問題ありません").containsPattern("0 件失敗 / [0-9]+ passed, 0 failed");
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

    @Test
    void eachHostileRuleOfIssue9IsRefusedByCheckWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        String head = "package advisor;\nimport jp.advisor.facts.*;\n";
        String rule = "rule \"%s\"\n%swhen\n    $o : OutcomeFact()\nthen\n%s\nend\n";
        Files.writeString(rules.resolve("hostile-loops.drl"), head
                + rule.formatted("繰り返し", "", "    int n = 0;\n    while (n < 10) { n = n + 1; }")             // line 8
                + rule.formatted("終わらない", "", "    while (true) { }")                                           // line 14
                + rule.formatted("for", "", "    for (;;) { }"), StandardCharsets.UTF_8);                            // line 20
        Files.writeString(rules.resolve("hostile-reach.drl"), head
                + "function int depth(int n) {\n    return depth(n + 1);\n}\n"                                   // line 3
                + rule.formatted("リフレクション", "", "    Object r = Class.forName(\"java.lang.Runtime\");")         // line 10
                + rule.formatted("ファイル", "", "    boolean b = new java.io.File(\"x\").exists();")             // line 16
                + rule.formatted("MVEL", "    dialect \"mvel\"\n", "    System.exit(0);")                          // line 23
                + rule.formatted("自分をもう一度", "", "    update($o);"), StandardCharsets.UTF_8);                  // line 29
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("hostile-loops.drl:8: ルールファイルでは while を使えません。",
                "hostile-loops.drl:14: ルールファイルでは while を使えません。", "hostile-loops.drl:20: ルールファイルでは for を使えません。",
                "hostile-reach.drl:3: ルールファイルでは function depth を使えません。",
                "hostile-reach.drl:10: ルールファイルでは Class を使えません。",
                "hostile-reach.drl:16: ルールファイルでは java.io.File を使えません。",
                "hostile-reach.drl:23: ルールファイルでは System を使えません。",
                "hostile-reach.drl:29: ルールファイルでは update($o) を使えません。",
                "A rule file may not use while. A loop (for, while, do) may never end");
    }

    @Test
    void aLoopInADecisionTableActionIsLocatedToItsCell(@TempDir Path dir) throws IOException {
        Path rules = copyOfRules(dir);
        replace(rules.resolve("withdrawal-actions.drl.csv"), "\"insert(new ActionPhrase(", "\"while (true) { } insert(new ActionPhrase(");
        var r = EvaluateCommandTest.run("check", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("withdrawal-actions.drl.csv!", "while を使えません");
    }
}
