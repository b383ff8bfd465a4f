package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class RulePrebuildTest {

    static final Path FROZEN = Path.of("src/test/resources/frozen/rules");

    @Test
    void aSetBuiltAheadIsTakenOnceForExactlyItsFilesWithTheDirectoryTheStartGives() {
        Map<String, byte[]> files = new RuleSetLoader().read(FROZEN);
        RulePrebuild.start(FROZEN);
        Path directory = FROZEN.toAbsolutePath().normalize();

        RuleSet taken = RulePrebuild.take(files, directory).orElseThrow();

        assertThat(taken.version()).isEqualTo(new RuleSetLoader().load(FROZEN).version());
        assertThat(taken.directory()).isEqualTo(directory);
        assertThat(RulePrebuild.take(files, directory)).as("taken once").isEmpty();
    }

    @Test
    void otherFilesAreNotGivenTheSetBuiltAhead() {
        Map<String, byte[]> edited = new TreeMap<>(new RuleSetLoader().read(FROZEN));
        edited.put("policy.drl", (new String(edited.get("policy.drl"), java.nio.charset.StandardCharsets.UTF_8)
                + "\n// edited\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RulePrebuild.start(FROZEN);

        assertThat(RulePrebuild.take(edited, null)).isEmpty();
        assertThat(RulePrebuild.take(new RuleSetLoader().read(FROZEN), null)).as("still there for its own files").isPresent();
    }

    @Test
    void aSetThatDoesNotBuildIsNeverTakenSoTheStartReportsItsProblems(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        java.nio.file.Files.writeString(folder.resolve("broken.drl"), "package jp.advisor.rules\nrule \"x\" when then nothing\n");
        Map<String, byte[]> files = new RuleSetLoader().read(folder);
        RulePrebuild.start(folder);
        assertThat(RulePrebuild.take(files, folder)).isEmpty();
    }

    @Test
    void aMissingFolderMeansTheBundledSetIsBuiltAhead() {
        RulePrebuild.start(Path.of("src/test/resources/no-such-folder-here"));
        // The missing folder means the bundled set: built ahead from the jar's files, and only for those.
        assertThat(RulePrebuild.take(new RuleSetLoader().read(FROZEN), null)).isEmpty();
        assertThat(RulePrebuild.take(new BundledRules().sources(), null)).isPresent();
    }
}
