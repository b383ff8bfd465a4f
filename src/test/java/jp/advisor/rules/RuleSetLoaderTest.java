package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTest {

    final RuleSetLoader loader = new RuleSetLoader();

    @Test
    void compilesTheBundledRulesAndNamesThemByContentHash() {
        RuleSet first = loader.load(jp.advisor.FrozenRules.RULES);
        RuleSet second = loader.load(jp.advisor.FrozenRules.RULES);
        assertThat(first.version()).startsWith("sha256:").isEqualTo(second.version());
        assertThat(first.files()).contains("policy.drl", "strategy-effectiveness.drl.csv");
    }

    @Test
    void reportsASyntaxErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"),
                "package advisor;\n\nrule \"壊れた規則\"\nwhen\n    String(\nthen\nend\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).file()).isEqualTo("broken.drl");
                    assertThat(e.problems().get(0).line()).isNotNull();
                });
    }

    @Test
    void refusesARuleFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        String drl = "package advisor;\n// 撤退基準\nrule \"規則\"\nwhen\nthen\nend\n";
        Files.write(dir.resolve("sjis.drl"), drl.getBytes(Charset.forName("Shift_JIS")));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e ->
                        assertThat(e.problems().get(0).message()).contains("UTF-8", "line 2"));
    }

    @Test
    void acceptsAUtf8ByteOrderMark(@TempDir Path dir) throws Exception {
        byte[] body = "package advisor;\nrule \"規則\"\nwhen\nthen\nend\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("bom.drl"), withBom);
        assertThat(loader.load(dir).files()).containsExactly("bom.drl");
    }

    @Test
    void reportsATableWhoseNameTheEngineWouldSilentlyIgnore(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.drl"), "package advisor;\n");
        Files.writeString(dir.resolve("thresholds.csv"), "RuleSet,advisor\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e ->
                        assertThat(e.problems().get(0).toString()).contains("thresholds.csv", ".drl.csv"));
    }

    @Test
    void acceptsOnlyPlainNamesEndingInLowerCaseDrlDrlCsvDrlXlsxOrTheUnitsTable() {
        for (String name : new String[] {"policy.drl", "withdrawal-default.drl.csv", "table.drl.xlsx", "units.csv",
                "評価.drl", "x".repeat(96) + ".drl"}) {
            assertThat(RuleSetLoader.nameProblem(name)).as(name).isNull();
        }
        for (String name : new String[] {"sub/evil.drl", "./evil.drl", "../evil.drl", "sub\\evil.drl", "/evil.drl",
                "evil.DRL", "evil.Drl.csv", "Units.csv", "table.drl.xls", "notes.txt", "thresholds.csv", ".drl", "",
                "x".repeat(97) + ".drl"}) {
            assertThat(RuleSetLoader.nameProblem(name)).as(name).isNotNull();
        }
    }

    @Test
    void aCandidateWithABadNameIsRefusedSayingWhichNameAndWhy() {
        String tooLong = "x".repeat(501) + ".drl";
        assertThatThrownBy(() -> loader.compile(java.util.Map.of(
                "sub/evil.drl", new byte[0], "evil.DRL", new byte[0], tooLong, new byte[0], "notes.txt", new byte[0]), null))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("sub/evil.drl: ").contains("folder part"))
                        .anySatisfy(p -> assertThat(p).startsWith("evil.DRL: ").contains("lower case"))
                        .anySatisfy(p -> assertThat(p).contains("505文字", "at most 100"))
                        .anySatisfy(p -> assertThat(p).startsWith("notes.txt: ").contains(".drl.xlsx")));
    }

    @Test
    void aFolderIsHeldToTheSameNamesAsAnUploadedCandidate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.drl"), "package advisor;\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/evil.drl"), "package advisor;\n");
        Files.writeString(dir.resolve("LOUD.DRL"), "package advisor;\n");
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file).containsExactlyInAnyOrder("LOUD.DRL", "sub/evil.drl"));
    }

    @Test
    void reportsAMissingFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope")))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rules folder not found");
    }
}
