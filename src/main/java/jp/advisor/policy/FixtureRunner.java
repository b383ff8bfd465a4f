package jp.advisor.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.EvaluationAbortedException;
import jp.advisor.evaluation.EvaluationBounds;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.facts.JudgingPolicy;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionReader;
import jp.advisor.workbook.SubmissionInput;

/**
 * Runs the fixture cases that pin the rule files: {@code fixtures/rules/<rule file>/*.json} and
 * {@code fixtures/seed/*.json}. Each case is a submission (inline, or {@code submissionFile} relative to the
 * project, the folder holding {@code fixtures/}) with the suggestions and findings it must get. Used by
 * {@code check} and by the data-driven test alike, so both judge a rule edit the same way.
 */
public final class FixtureRunner {

    /**
     * One case's outcome; {@code failures} empty when it holds.
     *
     * @param aborted when the rules could not finish the case's evaluation (kept firing, ran out of time, threw):
     *                what and which rule; the case has failed then, with the same in {@code failures}
     */
    public record CaseResult(String name, Path file, List<String> failures,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Aborted aborted) {

        public CaseResult(String name, Path file, List<String> failures) {
            this(name, file, failures, null);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** How the rules failed to finish a case: the kind (LOOP, TIME, THREW) and the rule that was firing or threw. */
    public record Aborted(EvaluationAbortedException.Kind kind, String rule) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleSet ruleSet;
    private final Evaluator evaluator;
    private final SubmissionReader reader = new SubmissionReader();

    /** With the default bounds of an evaluation ({@link EvaluationBounds#DEFAULT}). */
    public FixtureRunner(RuleSet ruleSet) {
        this(ruleSet, EvaluationBounds.DEFAULT);
    }

    /** Every case is evaluated under {@code bounds}, the same as the service's evaluations. */
    public FixtureRunner(RuleSet ruleSet, EvaluationBounds bounds) {
        this.ruleSet = ruleSet;
        this.evaluator = new Evaluator(() -> ruleSet, bounds);
    }

    /** The case files under a fixtures folder, in name order; names are relative to that folder. */
    public static List<Path> cases(Path fixtures) {
        if (!Files.isDirectory(fixtures)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(fixtures)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.startsWith(fixtures.resolve("submissions")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs every case under {@code fixtures} (the project's {@code fixtures/} folder). After a case runs out of
     * time the rest fail unrun: a rule stuck in a loop would cost the budget (and perhaps a thread) per case.
     */
    public List<CaseResult> runAll(Path fixtures) {
        List<CaseResult> results = new ArrayList<>();
        CaseResult outOfTime = null;
        for (Path file : cases(fixtures)) {
            if (outOfTime != null) {
                results.add(new CaseResult(name(fixtures, file), file, List.of("実行していません：ケース " + outOfTime.name()
                        + " が時間の上限を超えたため（ルール「" + outOfTime.aborted().rule() + "」） / not run: case "
                        + outOfTime.name() + " ran out of time (rule \"" + outOfTime.aborted().rule() + "\")")));
                continue;
            }
            CaseResult result = run(fixtures, file);
            if (result.aborted() != null && result.aborted().kind() == EvaluationAbortedException.Kind.TIME) {
                outOfTime = result;
            }
            results.add(result);
        }
        return List.copyOf(results);
    }

    /**
     * Rule files without a fixture folder, and fixture folders naming no rule file: every rule file must
     * be pinned by cases of its own.
     */
    public List<String> coverageProblems(Path fixtures) {
        TreeSet<String> ruleFiles = new TreeSet<>(ruleSet.files());
        TreeSet<String> folders = new TreeSet<>();
        Path byRule = fixtures.resolve("rules");
        if (Files.isDirectory(byRule)) {
            try (Stream<Path> dirs = Files.list(byRule)) {
                dirs.filter(Files::isDirectory)
                        .filter(d -> !cases(d).isEmpty())
                        .forEach(d -> folders.add(d.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String file : ruleFiles) {
            if (!folders.contains(file)) {
                problems.add(file + ": フィクスチャがありません（fixtures/rules/" + file + "/ にケースを置いてください）"
                        + " / no fixture cases pin this rule file");
            }
        }
        for (String folder : folders) {
            if (!ruleFiles.contains(folder)) {
                problems.add("fixtures/rules/" + folder + ": 同じ名前のルールファイルがありません"
                        + " / no rule file of this name");
            }
        }
        return problems;
    }

    private static String name(Path fixtures, Path file) {
        return fixtures.relativize(file).toString().replace('\\', '/');
    }

    public CaseResult run(Path fixtures, Path file) {
        String name = name(fixtures, file);
        List<String> failures = new ArrayList<>();
        try {
            check(fixtures, file, failures);
        } catch (EvaluationAbortedException e) {
            return new CaseResult(name, file, List.of("評価が打ち切られました（" + e.kind() + "） / evaluation aborted ("
                    + e.kind() + "): " + e.getMessage()), new Aborted(e.kind(), e.rule()));
        } catch (MalformedCase e) {
            failures.add("ケースの書き方に誤りがあります / the case is malformed: " + e.getMessage());
        } catch (SubmissionException e) {
            failures.add("提出データを読めません / cannot read the submission: " + e.getMessage());
        } catch (JacksonException | IOException e) {
            failures.add("ケースを読めません / cannot read the case: " + e.getMessage());
        } catch (RuntimeException e) {
            failures.add("評価できません / evaluation failed: " + e);
        }
        return new CaseResult(name, file, List.copyOf(failures));
    }

    private void check(Path fixtures, Path file, List<String> failures) throws IOException {
        JsonNode fixture = JSON.readTree(Files.readAllBytes(file));
        Path project = fixtures.toAbsolutePath().getParent();
        byte[] submission = fixture.has("submissionFile")
                ? Files.readAllBytes(project.resolve(fixture.get("submissionFile").asString()))
                : JSON.writeValueAsBytes(fixture.get("submission"));
        JudgingPolicy policy = policy(fixture);
        // A submission file may be the 様式 workbook as well as JSON (read by its content, as everywhere).
        Evaluation evaluation = evaluator.evaluate(fixture.has("submissionFile")
                        ? SubmissionInput.read(submission, fixture.get("submissionFile").asString())
                        : reader.read(submission, file.toString()),
                fixture.has("previousYearSubmission")
                        ? reader.read(JSON.writeValueAsBytes(fixture.get("previousYearSubmission")), file + " (previous year)")
                        : null,
                policy);
        JsonNode result = JSON.valueToTree(evaluation);
        JsonNode expectations = fixture.path("expect");
        JsonNode findingsExpected = fixture.path("expectFindings");
        JsonNode findingsRefused = fixture.path("expectNoFindings");
        if (expectations.isEmpty() && findingsExpected.isEmpty() && findingsRefused.isEmpty()) {
            failures.add("\"expect\"、\"expectFindings\"、\"expectNoFindings\" のどれもありません"
                    + " / the case expects nothing");
        }
        JsonNode findings = result.get("findings");
        for (JsonNode wanted : findingsExpected) {
            if (!anyMatches(findings, wanted)) {
                failures.add("期待した指摘がありません / no finding matches " + wanted + "; findings: " + summary(findings));
            }
        }
        for (JsonNode unwanted : findingsRefused) {
            for (JsonNode f : findings) {
                if (matches(f, unwanted)) {
                    failures.add("期待しない指摘があります / unexpected finding " + f.path("code").asString() + " at "
                            + f.path("location").asString() + ": " + f.path("message").path("ja").asString());
                }
            }
        }
        for (int i = 0; i < expectations.size(); i++) {
            JsonNode expected = expectations.get(i);
            String unnamed = reviewWithoutRule(expected);
            if (unnamed != null) {
                failures.add("expect[" + i + "] " + expected.path("location").asString() + ": " + unnamed);
            }
            compareCell(result, expected, failures);
        }
    }

    /**
     * Why an expectation of 要確認 (needsReview true, a null value or a null triggered) that names no rule pins nothing,
     * or null when it is not one: a cell no rule decides is 要確認 with null too, so such a case would still pass once
     * the rule meant to decide it is gone. {@code "rule": null} says on purpose that no rule decides the cell.
     */
    static String reviewWithoutRule(JsonNode expected) {
        if (expected.has("rule") || expected.path("location").asString().equals("ruleSet")) {
            return null;
        }
        boolean review = expected.path("needsReview").asBoolean(false)
                || expected.has("value") && expected.get("value").isNull()
                || expected.has("triggered") && expected.get("triggered").isNull();
        return !review ? null
                : "要確認（needsReview: true、値 null）を期待するときは、判定するルールの名前を \"rule\" に書いてください"
                        + "（どのルールも判定しないセルも要確認になり、区別できないため） / an expectation of needsReview or of a"
                        + " null value must name its rule (\"rule\"): a cell no rule decides is needsReview with null too";
    }

    /**
     * The judging policy a case runs under ({@code "policy": {"name": "improvement", "margin": 0.0}}, margin 0.0 when
     * left out), or null when it names none and the rule files' own choice stands. A name no rule knows is taken as
     * written: the rules keyed on it do not fire, and the case's expectations say whether that is right.
     */
    static JudgingPolicy policy(JsonNode fixture) {
        if (!fixture.has("policy")) {
            return null;
        }
        JsonNode policy = fixture.get("policy");
        if (!policy.isObject()) {
            throw new MalformedCase("policy", "{\"name\": \"improvement\", \"margin\": 0.0} の形で書きます",
                    "must be an object such as {\"name\": \"improvement\", \"margin\": 0.0}", policy);
        }
        for (Map.Entry<String, JsonNode> field : policy.properties()) {
            if (!field.getKey().equals("name") && !field.getKey().equals("margin")) {
                throw new MalformedCase("policy." + field.getKey(), "知らない項目です（name と margin だけを書きます）",
                        "is not known (only name and margin)", field.getValue());
            }
        }
        JsonNode name = policy.path("name");
        if (!name.isString() || name.asString().isBlank()) {
            throw new MalformedCase("policy.name", "判定方式の名前を文字列で書きます（例 \"improvement\"）",
                    "must name the policy as a string (e.g. \"improvement\")", policy.get("name"));
        }
        JsonNode margin = policy.path("margin");
        if (policy.has("margin") && !margin.isNumber()) {
            throw new MalformedCase("policy.margin", "余裕（ポイント）を数で書きます（例 3.0）",
                    "must be a number of points (e.g. 3.0)", margin);
        }
        return new JudgingPolicy(name.asString(), policy.has("margin") ? margin.asDouble() : 0.0);
    }

    /** A case whose own fields (not its submission) are written wrong: names the field, says how to write it. */
    static final class MalformedCase extends RuntimeException {

        MalformedCase(String field, String ja, String en, JsonNode got) {
            super("\"" + field + "\": " + ja + "（書かれているのは " + got + "） / \"" + field + "\" " + en + "; got " + got);
        }
    }

    private static void compareCell(JsonNode result, JsonNode expected, List<String> failures) {
        String location = expected.path("location").asString();
        JsonNode cell = Cells.find(result, location);
        if (cell == null) {
            failures.add(location + ": 評価結果にこのセルがありません / no such cell in the evaluation");
            return;
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
                        failures.add(location + ": 説明に「" + part.asString() + "」がありません / explanation lacks it: " + text);
                    }
                }
                continue;
            }
            JsonNode actual = cell.get(name);
            if (actual == null || !actual.equals(field.getValue())) {
                failures.add(location + "." + name + ": 期待 expected " + field.getValue() + "、結果 got " + actual
                        + "（ルール rule: " + cell.path("rule").asString() + "；" + cell.path("explanation").path("ja").asString() + "）");
            }
        }
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

    private static boolean anyMatches(JsonNode findings, JsonNode pattern) {
        for (JsonNode f : findings) {
            if (matches(f, pattern)) {
                return true;
            }
        }
        return false;
    }

    private static String summary(JsonNode findings) {
        List<String> all = new ArrayList<>();
        findings.forEach(f -> all.add(f.path("code").asString() + "@" + f.path("location").asString()));
        return all.toString();
    }
}
