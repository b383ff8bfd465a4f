package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

import jp.advisor.FrozenRules;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.Submission;

/**
 * The compiled packages the build writes for the bundled rules, on the frozen set: read back, they judge every
 * submission of the frozen fixtures exactly as the set compiled from its files, and anything but the very same files
 * in the very same layout is compiled instead of read.
 */
class CompiledRulesTest {

    private static RuleSet built;
    private static byte[] written;

    @BeforeAll
    static void writeTheFrozenSet() throws IOException {
        built = new RuleSetLoader().load(FrozenRules.RULES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledRules.write(built, out);
        written = out.toByteArray();
    }

    @Test
    void aSetReadBackJudgesEveryFrozenFixtureSubmissionAsTheCompiledOne() throws IOException {
        KieBase read = CompiledRules.read(new ByteArrayInputStream(written), built.version()).orElseThrow();
        RuleSet fromFile = new RuleSet(read, built.version(), built.directory(), built.files(), built.sources(), built.units());
        Evaluator compiled = new Evaluator(() -> built);
        Evaluator readBack = new Evaluator(() -> fromFile);

        List<Submission> submissions = FrozenRules.submissions();
        assertThat(submissions).hasSizeGreaterThan(100);
        for (Submission s : submissions) {
            assertThat(readBack.evaluate(s)).as(s.organization() + " " + s.fiscalYear()).isEqualTo(compiled.evaluate(s));
        }
    }

    @Test
    void aFileWrittenForAnotherVersionIsNotRead() {
        assertThat(CompiledRules.read(new ByteArrayInputStream(written), "sha256:another")).isEmpty();
    }

    @Test
    void aDamagedFileIsNotReadAndThrowsNothing() {
        byte[] cut = Arrays.copyOf(written, written.length / 2);
        assertThat(CompiledRules.read(new ByteArrayInputStream(cut), built.version())).isEmpty();
        assertThat(CompiledRules.read(new ByteArrayInputStream(new byte[0]), built.version())).isEmpty();
    }

    @Test
    void theJarsCompiledSetIsUsedForExactlyItsFilesWithEveryCheckOfACompile(@TempDir Path jar) throws IOException {
        Path resource = jar.resolve(CompiledRules.RESOURCE);
        Files.createDirectories(resource.getParent());
        Files.write(resource, written);
        Map<String, byte[]> files = new RuleSetLoader().read(FrozenRules.RULES);
        Path directory = FrozenRules.RULES.toAbsolutePath().normalize();
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RuleSet same = CompiledRules.bundled(files, directory, classes).orElseThrow();
            assertThat(same.version()).isEqualTo(built.version());
            assertThat(same.directory()).isEqualTo(directory);
            assertThat(same.files()).isEqualTo(built.files());
            assertThat(same.units()).isEqualTo(built.units());

            Map<String, byte[]> edited = new TreeMap<>(files);
            edited.put("policy.drl", (new String(files.get("policy.drl"), StandardCharsets.UTF_8) + "\n// edited\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(CompiledRules.bundled(edited, directory, classes)).as("one byte more").isEmpty();
        }
        try (URLClassLoader none = new URLClassLoader(new URL[0], null)) {
            assertThat(CompiledRules.bundled(files, directory, none)).as("a jar without the file").isEmpty();
        }
    }
}
