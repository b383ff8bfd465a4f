package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSetLoader;

/** An empty database is seeded from the rules folder, recorded as version 1 of the history (kind SEED). */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SeedFromFolderTest {

    static Path folder;
    static String folderVersion;

    @DynamicPropertySource
    static void editedFolderAndAnEmptyDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("advisor-seed");
        folder = dir.resolve("rules");
        // Not the frozen set as it is, so that the seed is seen to come from the folder.
        Map<String, byte[]> files = new TreeMap<>(new RuleSetLoader().read(jp.advisor.FrozenRules.RULES));
        files.put("policy.drl", (new String(files.get("policy.drl"), StandardCharsets.UTF_8) + "\n// この区の版\n")
                .getBytes(StandardCharsets.UTF_8));
        StartOnPublishedSetTest.writeFolder(folder, files);
        folderVersion = RuleSetLoader.versionOf(files);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/advisor").toAbsolutePath());
        registry.add("advisor.rules.dir", () -> folder.toString());
    }

    @Autowired
    ActiveRules active;

    @Autowired
    RulePublisher publisher;

    @Test
    void anEmptyDatabaseRecordsTheFolderAsVersionOne(CapturedOutput output) {
        assertThat(publisher.versions()).hasSize(1);
        PublishedVersion first = publisher.versions().get(0);
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.kind()).isEqualTo("SEED");
        assertThat(first.version()).isEqualTo(folderVersion).isEqualTo(active.get().version());
        assertThat(first.summary()).contains(folder.toAbsolutePath().normalize().toString());
        assertThat(first.files()).contains("policy.drl", "units.csv");
        assertThat(output.getAll()).contains("recorded as version #1");
    }
}
