package jp.advisor.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import jp.advisor.facts.Cell;

/**
 * docs/submission.schema.json against the reader it describes: every fixture submission is valid, what the reader
 * refuses for a shape reason is invalid, the rating enums are symbols the reader accepts, and every field the
 * reader binds is in the schema (and in docs/contract.md).
 */
class SubmissionSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("docs/submission.schema.json");
    private static final Path CONTRACT = Path.of("docs/contract.md");
    private static final Path FIXTURES = Path.of("fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode schemaTree;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        String text = Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8);
        schemaTree = JSON.readTree(text);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        assertThat(schemaTree.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertThat(metaSchema.validate(schemaTree)).isEmpty();
    }

    @Test
    void everyFixtureSubmissionIsValid() throws IOException {
        Map<String, JsonNode> submissions = fixtureSubmissions();
        // The seed file, every rule file's cases and the previous years: far more than a handful.
        assertThat(submissions).hasSizeGreaterThan(50);
        assertThat(submissions).containsKey("fixtures/submissions/taisho-ward-fy2016.json");
        List<String> failures = new ArrayList<>();
        submissions.forEach((name, submission) -> schema.validate(submission)
                .forEach(error -> failures.add(name + ": " + error.getInstanceLocation() + ": " + error.getMessage())));
        assertThat(failures).isEmpty();
    }

    /** Fixture submissions by name: submission files, and the submissions inside rule and seed cases. */
    private static Map<String, JsonNode> fixtureSubmissions() throws IOException {
        Map<String, JsonNode> submissions = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Path submissionFiles = FIXTURES.resolve("submissions");
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            JsonNode tree = JSON.readTree(Files.readAllBytes(file));
            if (file.startsWith(submissionFiles)) {
                submissions.put(name, tree);
                continue;
            }
            if (tree.has("submission")) {
                submissions.put(name + " (submission)", tree.get("submission"));
            }
            if (tree.has("previousYearSubmission")) {
                submissions.put(name + " (previousYearSubmission)", tree.get("previousYearSubmission"));
            }
            // A case naming a workbook is the 様式 form of a JSON fixture: the workbook tests read it, not the schema.
            if (tree.has("submissionFile") && tree.get("submissionFile").asString().endsWith(".json")) {
                String referenced = tree.get("submissionFile").asString();
                submissions.putIfAbsent(referenced, JSON.readTree(Files.readAllBytes(Path.of(referenced))));
            }
            assertThat(tree.has("submission") || tree.has("submissionFile"))
                    .as("%s: a case holds a submission or names one", name).isTrue();
        }
        return submissions;
    }

    private static final String VALID = """
            {"organization": "大正区", "fiscalYear": "平成28年度", "strategies": [
              {"id": "7-1", "outcomeTarget": "平成29年度までに60%以上",
               "outcomes": [{"label": "割合", "value": "32.0%", "previous": "29.2%", "selfRating": "B"}],
               "selfAssessment": {"overall": "B", "progress": "a", "effectiveness": "ア"},
               "initiatives": [{"id": "7-1-1", "performanceTarget": "80%以上", "withdrawalCriterion": "50%以下の場合事業再構築",
                                "measured": "91.3%", "previous": "85.0%", "carriedOutAsPlanned": true,
                                "selfAssessment": {"achievement": "①", "execution": "ア", "effectiveness": "○"}}]}
            ]}""";

    @Test
    void theExampleIsValidAndReadable() {
        assertThat(schema.validate(tree(VALID))).isEmpty();
        assertThat(new SubmissionReader().read(VALID.getBytes(StandardCharsets.UTF_8), "example").strategies()).hasSize(1);
    }

    @Test
    void unknownKeysNullsAndBlankCellsAreValid() {
        ObjectNode submission = tree(VALID);
        submission.put("selfrating", "A");
        ObjectNode strategy = (ObjectNode) submission.get("strategies").get(0);
        strategy.put("備考", "自由記述");
        strategy.putNull("issues");
        strategy.putNull("initiatives");
        ObjectNode outcome = (ObjectNode) strategy.get("outcomes").get(0);
        outcome.put("selfRating", "");
        outcome.put("unit", "%");
        ((ObjectNode) strategy.get("selfAssessment")).putNull("overall");
        assertThat(schema.validate(submission)).isEmpty();
        assertThat(new SubmissionReader().read(bytes(submission), "example").strategies().get(0).initiatives()).isEmpty();
    }

    @Test
    void theExecutionMayBeWrittenInBracketsAsTheSheetWritesIt() {
        for (String written : List.of("（イ）", "(イ)")) {
            ObjectNode submission = tree(VALID);
            set(submission, "/strategies/0/initiatives/0/selfAssessment/execution", JSON.getNodeFactory().stringNode(written));
            assertThat(schema.validate(submission)).as(written).isEmpty();
            assertThat(new SubmissionReader().read(bytes(submission), "example").strategies().get(0).initiatives().get(0)
                    .selfAssessment().execution()).as(written).isEqualTo("イ");
        }
    }

    @Test
    void aFiscalYearMayBeAGregorianYearNumber() {
        ObjectNode submission = tree(VALID);
        submission.put("fiscalYear", 2016);
        assertThat(schema.validate(submission)).isEmpty();
        submission.put("fiscalYear", "２０１６年度");
        assertThat(schema.validate(submission)).isEmpty();
    }

    /**
     * Each case breaks the valid example in one way: the schema must refuse it at that place, and so must the reader.
     * {@code pointer} is where the change is made (an absent value removes the key).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "ABSENT", textBlock = """
            organization missing               | /organization                                            | ABSENT
            organization blank                 | /organization                                           | "  "
            fiscalYear missing                 | /fiscalYear                                             | ABSENT
            fiscalYear a boolean               | /fiscalYear                                             | true
            fiscalYear an array                | /fiscalYear                                             | ["平成28年度"]
            strategies missing                 | /strategies                                             | ABSENT
            strategies an object               | /strategies                                             | {"id": "7-1"}
            strategy id missing                | /strategies/0/id                                        | ABSENT
            strategy id a number               | /strategies/0/id                                        | 71
            initiative id missing              | /strategies/0/initiatives/0/id                          | ABSENT
            selfRating C                       | /strategies/0/outcomes/0/selfRating                     | "C"
            selfRating lower-case a            | /strategies/0/outcomes/0/selfRating                     | "a"
            progress upper-case A              | /strategies/0/selfAssessment/progress                   | "A"
            strategy effectiveness ○           | /strategies/0/selfAssessment/effectiveness              | "○"
            achievement 4                      | /strategies/0/initiatives/0/selfAssessment/achievement  | "4"
            achievement ア                     | /strategies/0/initiatives/0/selfAssessment/achievement  | "ア"
            strategy effectiveness in brackets | /strategies/0/selfAssessment/effectiveness              | "（ア）"
            execution in other brackets        | /strategies/0/initiatives/0/selfAssessment/execution    | "【ア】"
            initiative effectiveness ア        | /strategies/0/initiatives/0/selfAssessment/effectiveness | "ア"
            carriedOutAsPlanned a string       | /strategies/0/initiatives/0/carriedOutAsPlanned         | "true"
            outcome value a number             | /strategies/0/outcomes/0/value                          | 32.0
            measured a number                  | /strategies/0/initiatives/0/measured                    | 91.3
            an outcome that is null            | /strategies/0/outcomes/0                                | null
            """)
    void whatTheReaderRefusesTheSchemaRefuses(String name, String pointer, String value) {
        ObjectNode submission = tree(VALID);
        set(submission, pointer, value == null ? null : JSON.readTree(value));

        List<Error> errors = schema.validate(submission);
        assertThat(errors).as(name).isNotEmpty();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        assertThat(errors).as(name + ": located at or under the changed place")
                .anyMatch(e -> pointerOf(e).startsWith(value == null ? parent : pointer));
        assertThatThrownBy(() -> new SubmissionReader().read(bytes(submission), name)).as(name)
                .isInstanceOf(SubmissionException.class);
    }

    /** Which symbols each rating field of the schema lists, and the catalogue's cell whose scale the reader applies. */
    private static final Map<String, List<Cell>> RATING_FIELDS = Map.of(
            "/$defs/outcome/properties/selfRating", List.of(Cell.OUTCOME),
            "/$defs/strategySelfAssessment/properties/overall", List.of(Cell.OVERALL),
            "/$defs/strategySelfAssessment/properties/progress", List.of(Cell.PROGRESS),
            "/$defs/strategySelfAssessment/properties/effectiveness", List.of(Cell.STRATEGY_EFFECTIVENESS),
            "/$defs/initiativeSelfAssessment/properties/achievement", List.of(Cell.ACHIEVEMENT),
            "/$defs/initiativeSelfAssessment/properties/execution", List.of(Cell.EXECUTION),
            "/$defs/initiativeSelfAssessment/properties/effectiveness", List.of(Cell.INITIATIVE_EFFECTIVENESS));

    private static final Map<Cell, Set<String>> CANONICAL = Map.of(
            Cell.OUTCOME, Set.of("A", "B"),
            Cell.OVERALL, Set.of("A", "B"),
            Cell.PROGRESS, Set.of("a", "b"),
            Cell.STRATEGY_EFFECTIVENESS, Set.of("ア", "イ"),
            Cell.ACHIEVEMENT, Set.of("①", "②", "③"),
            Cell.EXECUTION, Set.of("ア", "イ"),
            Cell.INITIATIVE_EFFECTIVENESS, Set.of("○", "×"));

    @Test
    void everyRatingSymbolTheSchemaListsIsOneTheReaderAcceptsAndEveryCanonicalSymbolIsListed() {
        RATING_FIELDS.forEach((field, scales) -> {
            String ref = schemaTree.at(field + "/$ref").asString();
            assertThat(ref).as(field).startsWith("#/$defs/rating");
            JsonNode symbols = schemaTree.at(ref.substring(1) + "/enum");
            assertThat(symbols.isArray()).as(ref).isTrue();
            for (Cell scale : scales) {
                Set<String> canonical = new TreeSet<>();
                for (JsonNode symbol : symbols) {
                    if (symbol.isNull() || symbol.asString().isEmpty()) {
                        continue; // not filled in
                    }
                    String written = symbol.asString();
                    assertThat(scale.symbolFor(written)).as("%s: %s", field, written).isPresent();
                    canonical.add(scale.symbolFor(written).orElseThrow());
                }
                assertThat(canonical).as(field).isEqualTo(new TreeSet<>(CANONICAL.get(scale)));
            }
        });
    }

    /** A field added to the reader's records must be described in the schema and in docs/contract.md. */
    @Test
    void everyFieldTheReaderBindsIsInTheSchemaAndTheContract() throws IOException {
        Map<String, Class<? extends Record>> objects = Map.of(
                "", Submission.class,
                "/$defs/strategy", Strategy.class,
                "/$defs/outcome", Outcome.class,
                "/$defs/initiative", Initiative.class,
                "/$defs/strategySelfAssessment", StrategySelfAssessment.class,
                "/$defs/initiativeSelfAssessment", InitiativeSelfAssessment.class);
        String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        objects.forEach((where, type) -> {
            // A component the reader does not bind from JSON (the reading's own warnings) is not a field.
            Set<String> fields = Arrays.stream(type.getRecordComponents())
                    .filter(c -> !c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)
                            && !c.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class))
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> described = new TreeSet<>(schemaTree.at(where + "/properties").propertyNames());
            assertThat(described).as("%s properties against %s", where.isEmpty() ? "top level" : where,
                    type.getSimpleName()).isEqualTo(fields);
            fields.forEach(field -> assertThat(contract).as("docs/contract.md names `%s`", field)
                    .contains("`" + field + "`"));
        });
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    /** Sets (or, for null, removes) the value at a JSON Pointer whose parent exists. */
    private static void set(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else {
            tools.jackson.databind.node.ArrayNode array = (tools.jackson.databind.node.ArrayNode) parent;
            array.set(Integer.parseInt(last), value == null ? JSON.nullNode() : value);
        }
    }

    /** The error's instance location as a JSON Pointer (/strategies/0/id). */
    private static String pointerOf(Error error) {
        StringBuilder pointer = new StringBuilder();
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            pointer.append('/').append(location.getElement(i));
        }
        return pointer.toString();
    }
}
