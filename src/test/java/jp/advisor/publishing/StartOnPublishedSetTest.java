package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.SubmissionReader;

/**
 * A restart with a broken {@code rules/} folder and a good published set in the database: the service starts
 * on the published set, says so, and says in a WARN line that the folder is not used.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class StartOnPublishedSetTest {

    static String published;

    /** The good set as a policy user published it: the frozen test rules with the target-reached policy. */
    static Map<String, byte[]> targetReached() {
        Map<String, byte[]> files = new TreeMap<>(new RuleSetLoader().read(jp.advisor.FrozenRules.RULES));
        String policy = new String(files.get("policy.drl"), StandardCharsets.UTF_8);
        assertThat(policy).contains("\"trajectory\", 0.0");
        files.put("policy.drl", policy.replace("\"trajectory\", 0.0", "\"target-reached\", 0.0").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static void writeFolder(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
    }

    @DynamicPropertySource
    static void brokenFolderAndAGoodDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("advisor-restart");
        Map<String, byte[]> broken = new TreeMap<>(new RuleSetLoader().read(jp.advisor.FrozenRules.RULES));
        broken.put("strategy-overall.drl", "package advisor;\nrule \"壊れた\" when then end end\n".getBytes(StandardCharsets.UTF_8));
        writeFolder(dir.resolve("rules"), broken);

        String url = "jdbc:h2:file:" + dir.resolve("db/advisor").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        Map<String, byte[]> good = targetReached();
        published = RuleSetLoader.versionOf(good);
        new RuleVersionStore(JdbcClient.create(new DriverManagerDataSource(url, "sa", "")))
                .save(published, PublishedVersion.PUBLISH, null, null, "policy", "目標値方式で公開", good);

        registry.add("spring.datasource.url", () -> url);
        registry.add("advisor.rules.dir", () -> dir.resolve("rules").toString());
    }

    @Autowired
    ActiveRules active;

    @Autowired
    Evaluator evaluator;

    @Autowired
    SubmissionReader reader;

    @Autowired
    RulePublisher publisher;

    @Test
    void aBrokenFolderWithAGoodPublishedSetStartsOnThatSetAndSaysSo(CapturedOutput output) throws Exception {
        assertThat(active.get().version()).isEqualTo(published);
        Evaluation seed = evaluator.evaluate(reader.read(Path.of("fixtures/submissions/taisho-ward-fy2016.json")));
        assertThat(seed.ruleSet().version()).isEqualTo(published);
        assertThat(seed.ruleSet().policy()).isEqualTo("target-reached");
        assertThat(publisher.versions()).extracting(PublishedVersion::kind).containsExactly("PUBLISH");
        assertThat(output.getAll()).contains("using published version #1", "目標値方式で公開");
        assertThat(output.getAll().lines().filter(l -> l.contains("WARN")))
                .anyMatch(l -> l.contains("differs from published version #1") && l.contains("is not used"));
    }
}
