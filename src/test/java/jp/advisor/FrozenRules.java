package jp.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen rule set the Java tests run against (see src/test/resources/frozen/README.md): a copy, so that a policy
 * edit of the bundled {@code rules/} with its fixtures never breaks a test of a Java mechanism.
 */
public final class FrozenRules {

    public static final Path RULES = Path.of("src/test/resources/frozen/rules");
    public static final Path FIXTURES = Path.of("src/test/resources/frozen/fixtures");

    private FrozenRules() {
    }

    /** The frozen fixtures' submissions: the seed and every case's own, in file order. */
    public static List<Submission> submissions() {
        SubmissionReader reader = new SubmissionReader();
        JsonMapper json = JsonMapper.builder().build();
        List<Submission> all = new ArrayList<>();
        all.add(reader.read(FIXTURES.resolve("submissions/taisho-ward-fy2016.json")));
        try (Stream<Path> cases = Files.walk(FIXTURES.resolve("rules"))) {
            for (Path c : cases.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode submission = json.readTree(c.toFile()).get("submission");
                if (submission != null) {
                    all.add(reader.read(json.writeValueAsBytes(submission), c.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
