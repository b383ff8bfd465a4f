package jp.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar, started from an empty folder, evaluates with the rules it carries. Runs only when
 * target/evaluation-advisor.jar exists and carries bundled rules (mvn -DskipTests package first); a jar
 * built before the rules were bundled is skipped rather than failed, as it says nothing about this code.
 */
class EvaluateFromAnyFolderTest {

    static final Path JAR = Path.of("target/evaluation-advisor.jar").toAbsolutePath();
    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json").toAbsolutePath();

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void needsAPackagedJarWithBundledRules() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn -DskipTests package to include this test");
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assumeTrue(jar.getEntry("BOOT-INF/classes/bundled-rules/index.txt") != null,
                    JAR + " predates the bundled rules: package again to include this test");
        }
    }

    @Test
    void evaluatesTheSeedFromAnEmptyFolderWithTheBundledRulesAndSaysSo(@TempDir Path dir) throws Exception {
        Run r = runJar(dir, "evaluate", SEED.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("同梱のルールセット（jar 内）を使用 / rules: no folder",
                "using the bundled rule set inside the jar");
        JsonNode evaluation = JsonMapper.builder().build().readTree(r.out());
        assertThat(evaluation.path("ruleSet").path("version").asString()).startsWith("sha256:");
        assertThat(evaluation.path("strategies")).hasSize(19);
    }

    @Test
    void checkFromAnEmptyFolderAsksForTheFolderToCheck(@TempDir Path dir) throws Exception {
        Run r = runJar(dir, "check");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("name the rules folder to check");
    }

    @Test
    void noCommandPrintsTheUsageInsteadOfStartingTheService(@TempDir Path dir) throws Exception {
        Run r = runJar(dir);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: advisor", "serve");
    }

    /** Runs the jar with an empty working folder; its output goes to files beside it, not into it. */
    private static Run runJar(Path dir, String... args) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
