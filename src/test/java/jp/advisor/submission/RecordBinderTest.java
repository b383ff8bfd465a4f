package jp.advisor.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecordBinderTest {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    /** A record of every component type the binder knows, standing for a field someone adds to the contract. */
    record Row(String name, Boolean done, Integer count, Double share, List<String> tags, Nested nested) {
    }

    record Nested(String note) {
    }

    private record Bound(List<Row> rows, ReadLog log) {
    }

    private static Bound bind(String json) {
        JsonNode root = MAPPER.readTree(json);
        ReadLog log = new ReadLog("t.json", JsonLocator.scan(json, MAPPER));
        return new Bound(new RecordBinder(log, root).records(root, "", "rows", Row.class), log);
    }

    @Test
    void bindsEveryKnownComponentTypeByName() {
        Bound bound = bind("""
                { "rows": [ { "name": "a", "done": true, "count": 3, "share": 54.1, "tags": ["x", "y"],
                              "nested": { "note": "n" } } ] }""");

        assertThat(bound.rows()).containsExactly(new Row("a", true, 3, 54.1, List.of("x", "y"), new Nested("n")));
        assertThat(bound.log().hasProblems()).isFalse();
        assertThat(bound.log().warnings()).isEmpty();
    }

    @Test
    void reportsEveryValueOfTheWrongTypeAndBindsItAsAbsent() {
        Bound bound = bind("""
                { "rows": [ { "name": 1, "done": "yes", "count": 2.5, "share": "54%", "tags": "x", "nested": [] } ] }""");

        assertThat(bound.rows()).containsExactly(new Row(null, null, null, null, null, null));
        assertThat(bound.log().failure().getProblems()).extracting(SubmissionProblem::path, SubmissionProblem::messageEn)
                .containsExactly(
                        tuple("/rows/0/name", "name must be a string (\"…\"), not a number"),
                        tuple("/rows/0/done", "done must be a boolean (true or false), not a string"),
                        tuple("/rows/0/count", "count must be a whole number (1), not a decimal number"),
                        tuple("/rows/0/share", "share must be a number (54.1), not a string"),
                        tuple("/rows/0/tags", "tags must be an array […], not a string"),
                        tuple("/rows/0/nested", "nested must be an object {…}, not an array"));
    }

    @Test
    void namesTheNearestKnownKeyOnlyWhenItIsASlipOfTheKeyboard() {
        List<String> known = List.of("selfRating", "selfAssessment", "measured", "withdrawalCriterion", "id");

        assertThat(RecordBinder.nearest("selfrating", known)).hasValue("selfRating");
        assertThat(RecordBinder.nearest("SelfRating", known)).hasValue("selfRating");
        assertThat(RecordBinder.nearest("selfAssesment", known)).hasValue("selfAssessment");
        assertThat(RecordBinder.nearest("withdrawalCriteria", known)).hasValue("withdrawalCriterion");
        assertThat(RecordBinder.nearest("note", known)).isEmpty();
        assertThat(RecordBinder.nearest("generatedBy", known)).isEmpty();
        assertThat(RecordBinder.nearest("x", known)).isEmpty();
    }

    @Test
    void writesPathsForMessagesAndLocationsWithTheSheetsIds() {
        JsonNode root = MAPPER.readTree("""
                { "strategies": [ { "id": "7-1", "initiatives": [ { "id": "7-1-1" }, {} ] }, { "id": " " } ] }""");
        RecordBinder binder = new RecordBinder(null, root);

        assertThat(RecordBinder.dotted("/strategies/0/initiatives/1/x~1y")).isEqualTo("strategies[0].initiatives[1].x/y");
        assertThat(binder.location("/strategies/0/initiatives/0/mesured")).isEqualTo("strategies/7-1/initiatives/7-1-1/mesured");
        assertThat(binder.location("/strategies/0/initiatives/1/mesured")).isEqualTo("strategies/7-1/initiatives/1/mesured");
        assertThat(binder.location("/strategies/1/note")).isEqualTo("strategies/1/note");
        assertThat(binder.location("/generatedBy")).isEqualTo("generatedBy");
    }
}
