package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.SubmissionReader;

/** The rules the build puts inside the jar are the rules/ folder, file for file, and judge the same. */
class BundledRulesTest {

    static RuleSet bundled;
    static RuleSet folder;

    @BeforeAll
    static void compileBoth() {
        bundled = new BundledRules().load();
        folder = new RuleSetLoader().load(Path.of("rules"));
    }

    @Test
    void theBundledSetHasTheSameFilesAndVersionAsTheRulesFolder() {
        assertThat(bundled.files()).isNotEmpty().isEqualTo(folder.files());
        assertThat(bundled.version()).isEqualTo(folder.version());
        assertThat(bundled.directory()).isNull();
    }

    @Test
    void theBundledSetEvaluatesTheSeedSubmissionExactlyAsTheRulesFolderDoes() {
        var seed = new SubmissionReader().read(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
        Evaluation fromJar = new Evaluator(() -> bundled).evaluate(seed);
        Evaluation fromFolder = new Evaluator(() -> folder).evaluate(seed);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(fromJar.strategies()).hasSize(19);
        assertThat(json.writeValueAsString(fromJar)).isEqualTo(json.writeValueAsString(fromFolder));
    }

    @Test
    void aBuildWithoutTheIndexIsReportedAsSuch(@TempDir Path empty) throws Exception {
        try (URLClassLoader loader = classLoaderOver(empty)) {
            assertThatThrownBy(() -> new BundledRules(loader).load())
                    .isInstanceOfSatisfying(RuleSetException.class, e -> {
                        assertThat(e.problems().get(0).file()).isEqualTo("bundled-rules/index.txt");
                        assertThat(e.getMessage()).contains("索引がありません", "index is missing");
                    });
        }
    }

    @Test
    void aFileTheIndexNamesButTheJarLacksIsNamed(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("bundled-rules"));
        Files.writeString(folder.resolve("index.txt"), "policy.drl\ngone.drl\n", StandardCharsets.UTF_8);
        Files.copy(Path.of("rules/policy.drl"), folder.resolve("policy.drl"));
        try (URLClassLoader loader = classLoaderOver(root)) {
            assertThatThrownBy(() -> new BundledRules(loader).sources())
                    .isInstanceOfSatisfying(RuleSetException.class, e ->
                            assertThat(e.getMessage()).contains("bundled-rules/gone.drl", "missing from the jar"));
        }
    }

    @Test
    void anEmptyIndexIsRefusedRatherThanGivingARuleSetWithNoRules(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("bundled-rules"));
        Files.writeString(folder.resolve("index.txt"), "\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = classLoaderOver(root)) {
            assertThatThrownBy(() -> new BundledRules(loader).files())
                    .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage()).contains("lists no files"));
        }
    }

    @Test
    void theIndexIsReadInItsOrderWithBlankLinesIgnored(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("bundled-rules"));
        Files.writeString(folder.resolve("index.txt"), "b.drl\n\na.drl\r\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.drl"), "A", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.drl"), "B", StandardCharsets.UTF_8);
        try (URLClassLoader loader = classLoaderOver(root)) {
            Map<String, byte[]> sources = new BundledRules(loader).sources();
            assertThat(sources.keySet()).containsExactly("b.drl", "a.drl");
            assertThat(new String(sources.get("a.drl"), StandardCharsets.UTF_8)).isEqualTo("A");
        }
    }

    /** A class loader that sees only {@code root}: no parent, so not the build's own bundled-rules/. */
    private static URLClassLoader classLoaderOver(Path root) throws Exception {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
