package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WhatIfCommandTest {

    @Test
    void movingTheDefaultWithdrawalThresholdFrom50To55ChangesExactlyTheCasesBetween(@TempDir Path dir) throws Exception {
        Path rules = CheckCommandTest.copyOfRules(dir);
        Path table = rules.resolve("withdrawal-default.drl.csv");
        CheckCommandTest.replace(table, "達成率50%未満なら事業を再構築,true,,50,", "達成率50%未満なら事業を再構築,true,,55,");
        CheckCommandTest.replace(table, "達成率50%以上なら当たらない,true,50,", "達成率50%以上なら当たらない,true,55,");
        Path out = dir.resolve("whatif.json");

        var r = EvaluateCommandTest.run("what-if", "--rules", rules.toString(), "--against", jp.advisor.FrozenRules.RULES.toString(), jp.advisor.FrozenRules.FIXTURES.toString(),
                "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        List<String> changes = new ArrayList<>();
        for (JsonNode c : report.get("changes")) {
            changes.add(c.get("source").asString().replace('\\', '/') + " " + c.get("location").asString() + " "
                    + c.get("before").asString() + " → " + c.get("after").asString());
        }
        String cases = jp.advisor.FrozenRules.FIXTURES.toString().replace('\\', '/') + "/rules/withdrawal-default.drl.csv/";
        String half = cases + "exactly-half-of-the-target-does-not-trigger.json";
        String above = cases + "just-above-half-of-the-target-does-not-trigger.json";
        // 50% and 52.5% of the target fall below the new 55% line; nothing else in the fixtures moves.
        assertThat(changes).containsExactlyInAnyOrder(
                half + " strategies/X/initiatives/X-1/achievement ② → ③",
                half + " strategies/X/initiatives/X-1/execution ア → －",
                half + " strategies/X/initiatives/X-1/effectiveness 要確認 → ×",
                half + " strategies/X/initiatives/X-1/withdrawal 非該当 → 該当 REBUILD_PROJECT",
                above + " strategies/X/initiatives/X-1/achievement ② → ③",
                above + " strategies/X/initiatives/X-1/execution ア → －",
                above + " strategies/X/initiatives/X-1/effectiveness 要確認 → ×",
                above + " strategies/X/initiatives/X-1/withdrawal 非該当 → 該当 REBUILD_PROJECT");
    }

    @Test
    void writesAnHtmlPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("whatif.html");
        var r = EvaluateCommandTest.run("what-if", "--rules", jp.advisor.FrozenRules.RULES.toString(), "fixtures/submissions", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out)).contains("<html lang=\"ja\"", "変更はありません");
        assertThat(r.err()).contains("現行 / current: ルール: フォルダ", "候補 / candidate: ルール: フォルダ");
    }
}
