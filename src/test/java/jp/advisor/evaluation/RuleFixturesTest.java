package jp.advisor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.SubmissionReader;

/**
 * Runs every fixture case under {@code fixtures/rules/<rule file>/} against the rules in {@code rules/}.
 * Each case is one JSON file: a submission (inline, or {@code submissionFile} relative to the project) and
 * the suggestions expected at given cell locations. Each test is named by its file.
 */
class RuleFixturesTest {

    static final Path RULES = Path.of("rules");
    static final Path FIXTURES = Path.of("fixtures", "rules");
    static final Path SEED_CASES = Path.of("fixtures", "seed");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Evaluator evaluator;
    static RuleSet ruleSet;

    @BeforeAll
    static void compileRules() {
        ruleSet = new RuleSetLoader().load(RULES);
        evaluator = new Evaluator(() -> ruleSet);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCaseHolds() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), file.toUri(),
                            () -> runCase(file)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedCaseHolds() throws IOException {
        try (Stream<Path> files = Files.walk(SEED_CASES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(SEED_CASES.relativize(file).toString(), file.toUri(),
                            () -> runCase(file)));
        }
    }

    @Test
    void everyRuleFileHasFixtureCasesAndEveryFixtureFolderNamesARuleFile() throws IOException {
        TreeSet<String> ruleFiles = new TreeSet<>(ruleSet.files());
        TreeSet<String> folders = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            dirs.filter(Files::isDirectory).forEach(d -> {
                try (Stream<Path> cases = Files.list(d)) {
                    if (cases.anyMatch(p -> p.toString().endsWith(".json"))) {
                        folders.add(d.getFileName().toString());
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(folders).as("fixture folders under fixtures/rules").isEqualTo(ruleFiles);
    }

    /** A finding matches when every given field equals, and messageContains is in its Japanese or English message. */
    static boolean matches(JsonNode finding, JsonNode pattern) {
        for (Map.Entry<String, JsonNode> field : pattern.properties()) {
            if (field.getKey().equals("note")) {
                continue;
            }
            if (field.getKey().equals("messageContains")) {
                String text = finding.path("message").path("ja").asString() + "\n" + finding.path("message").path("en").asString();
                for (JsonNode part : field.getValue()) {
                    if (!text.contains(part.asString())) {
                        return false;
                    }
                }
            } else if (!field.getValue().equals(finding.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean anyMatches(JsonNode findings, JsonNode pattern) {
        for (JsonNode f : findings) {
            if (matches(f, pattern)) {
                return true;
            }
        }
        return false;
    }

    static String summary(JsonNode findings) {
        List<String> all = new ArrayList<>();
        findings.forEach(f -> all.add(f.path("code").asString() + "@" + f.path("location").asString()));
        return all.toString();
    }

    static void runCase(Path file) throws IOException {
        JsonNode fixture = JSON.readTree(Files.readAllBytes(file));
        byte[] submission = fixture.has("submissionFile")
                ? Files.readAllBytes(Path.of(fixture.get("submissionFile").asString()))
                : JSON.writeValueAsBytes(fixture.get("submission"));
        SubmissionReader reader = new SubmissionReader();
        Evaluation evaluation = fixture.has("previousYearSubmission")
                ? evaluator.evaluate(reader.read(submission, file.toString()),
                        reader.read(JSON.writeValueAsBytes(fixture.get("previousYearSubmission")), file + " (previous year)"))
                : evaluator.evaluate(reader.read(submission, file.toString()));
        JsonNode result = JSON.valueToTree(evaluation);
        List<String> failures = new ArrayList<>();
        JsonNode expectations = fixture.path("expect");
        JsonNode findingsExpected = fixture.path("expectFindings");
        JsonNode findingsRefused = fixture.path("expectNoFindings");
        if (expectations.isEmpty() && findingsExpected.isEmpty() && findingsRefused.isEmpty()) {
            fail(file + ": no \"expect\", \"expectFindings\" or \"expectNoFindings\" entries");
        }
        JsonNode findings = result.get("findings");
        for (JsonNode wanted : findingsExpected) {
            if (!anyMatches(findings, wanted)) {
                failures.add("no finding matches " + wanted + "; findings: " + summary(findings));
            }
        }
        for (JsonNode unwanted : findingsRefused) {
            for (JsonNode f : findings) {
                if (matches(f, unwanted)) {
                    failures.add("unexpected finding " + f.path("code").asString() + " at "
                            + f.path("location").asString() + ": " + f.path("message").path("ja").asString());
                }
            }
        }
        for (JsonNode expected : expectations) {
            String location = expected.get("location").asString();
            JsonNode cell = Cells.find(result, location);
            if (cell == null) {
                failures.add(location + ": no such cell in the evaluation");
                continue;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String name = field.getKey();
                if (name.equals("location") || name.equals("note")) {
                    continue;
                }
                if (name.equals("explanationContains")) {
                    String text = cell.path("explanation").path("ja").asString() + "\n"
                            + cell.path("explanation").path("en").asString();
                    for (JsonNode part : field.getValue()) {
                        if (!text.contains(part.asString())) {
                            failures.add(location + ": explanation lacks \"" + part.asString() + "\": " + text);
                        }
                    }
                    continue;
                }
                JsonNode actual = cell.get(name);
                if (actual == null || !actual.equals(field.getValue())) {
                    failures.add(location + "." + name + ": expected " + field.getValue() + " but got " + actual
                            + " (rule: " + cell.path("rule").asString() + "; " + cell.path("explanation").path("ja").asString() + ")");
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(file + ":\n  " + String.join("\n  ", failures));
        }
    }
}
