package jp.advisor.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSetLoader;

/**
 * The refresh that lets several instances share one database, on H2 with one context: an entry written into
 * the history as another instance would write it is picked up within the interval; one that does not compile is
 * an ERROR and the set in use keeps answering; a publish on a base another instance overtook is stale.
 */
@SpringBootTest(properties = {"advisor.rules.refresh-interval=200ms",
        "advisor.fixtures.dir=src/test/resources/publishing-fixtures"})
@ExtendWith(OutputCaptureExtension.class)
class RulesRefreshTest {

    @Autowired
    RuleVersionStore store;

    @Autowired
    ActiveRules active;

    @Autowired
    RulePublisher publisher;

    /** Writes a set straight into the history, as another instance's publish does. */
    PublishedVersion writtenElsewhere(Map<String, byte[]> files, String summary) {
        return store.save(RuleSetLoader.versionOf(files), PublishedVersion.PUBLISH, null, null, "other-instance", summary, files);
    }

    static Map<String, byte[]> edited(Map<String, byte[]> files, String name, String from, String to) {
        Map<String, byte[]> changed = new TreeMap<>(files);
        String text = new String(files.get(name), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        changed.put(name, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return changed;
    }

    @Test
    void picksUpWhatAnotherInstanceWroteKeepsTheSetWhenItDoesNotCompileAndRefusesAnOvertakenBase(CapturedOutput output) {
        String seed = active.get().version();
        Map<String, byte[]> targetReached = edited(active.get().sources(), "policy.drl",
                "\"trajectory\", 0.0", "\"target-reached\", 0.0");

        PublishedVersion other = writtenElsewhere(targetReached, "目標値方式（別のインスタンス）");
        await().atMost(Duration.ofSeconds(10)).until(() -> active.get().version().equals(other.version()));
        assertThat(output).contains("picked up version #" + other.id() + " (PUBLISH, " + other.version());

        Map<String, byte[]> broken = new TreeMap<>(targetReached);
        broken.put("broken.drl", "package advisor;\nrule \"壊れた\" when then this is not java\nend\n".getBytes(StandardCharsets.UTF_8));
        PublishedVersion bad = writtenElsewhere(broken, "壊れた版");
        await().atMost(Duration.ofSeconds(10)).until(() -> output.toString().contains("version #" + bad.id()));
        assertThat(output).contains("ERROR").contains("version #" + bad.id() + " (PUBLISH, " + bad.version()
                + "), the newest in the database, does not compile; still answering with " + other.version());
        assertThat(active.get().version()).isEqualTo(other.version());

        // This instance still offers the seed as base; another instance publishes meanwhile: the base is stale.
        PublishedVersion third = writtenElsewhere(edited(targetReached, "withdrawal-default.drl.csv", "達成率50%未満", "達成率55%未満"),
                "説明の修正（別のインスタンス）");
        assertThatThrownBy(() -> publisher.publish(new RulePublisher.Change(other.version(),
                Map.of("extra.drl", "package advisor;".getBytes(StandardCharsets.UTF_8)), List.of(), false), "古い基準", "policy"))
                .isInstanceOf(StaleBaseException.class);
        assertThat(active.get().version()).isEqualTo(third.version()).isNotEqualTo(seed);
    }
}
