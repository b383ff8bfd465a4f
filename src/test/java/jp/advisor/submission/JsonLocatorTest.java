package jp.advisor.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

class JsonLocatorTest {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    @Test
    void recordsThePositionOfEveryValueByPointer() {
        JsonLocator locator = JsonLocator.scan("""
                {
                  "a": [ 1, { "b/c": "x", "d~": null } ],
                  "e": {}
                }
                """, MAPPER);

        assertThat(locator.find("")).hasValue(node(JsonToken.START_OBJECT, 1, 1));
        assertThat(locator.find("/a")).hasValue(node(JsonToken.START_ARRAY, 2, 8));
        assertThat(locator.find("/a/0")).hasValue(node(JsonToken.VALUE_NUMBER_INT, 2, 10));
        assertThat(locator.find("/a/1")).hasValue(node(JsonToken.START_OBJECT, 2, 13));
        assertThat(locator.find("/a/1/b~1c")).hasValue(node(JsonToken.VALUE_STRING, 2, 22));
        assertThat(locator.find("/a/1/d~0")).hasValue(node(JsonToken.VALUE_NULL, 2, 33));
        assertThat(locator.find("/e")).hasValue(node(JsonToken.START_OBJECT, 3, 8));
        assertThat(locator.find("/f")).isEmpty();
    }

    @Test
    void pointsAMissingValueAtItsClosestAncestor() {
        JsonLocator locator = JsonLocator.scan("{\n \"a\": [\n  {}\n ]\n}", MAPPER);

        assertThat(locator.nearest("/a/0/id")).isEqualTo(new JsonLocator.Position(3, 3));
        assertThat(locator.nearest("/z")).isEqualTo(new JsonLocator.Position(1, 1));
    }

    @Test
    void pointsAPropertyAtItsNameAndAnElementAtItsValue() {
        JsonLocator locator = JsonLocator.scan("{\n  \"a\": [\n    { \"selfrating\": \"B\" }\n  ]\n}", MAPPER);

        assertThat(locator.namePosition("/a/0/selfrating")).isEqualTo(new JsonLocator.Position(3, 7));
        assertThat(locator.namePosition("/a")).isEqualTo(new JsonLocator.Position(2, 3));
        assertThat(locator.namePosition("/a/0")).isEqualTo(new JsonLocator.Position(3, 5));
    }

    @Test
    void reportsUnclosedObjectWithThePathBeingRead() {
        JsonLocator.MalformedJsonException exception = catchThrowableOfType(
                JsonLocator.MalformedJsonException.class, () -> JsonLocator.scan("{ \"a\": [ { \"b\": 1 ", MAPPER));

        assertThat(exception.path()).isEqualTo("/a/0");
        assertThat(exception.position().line()).isEqualTo(1);
        assertThat(exception.messageEn()).startsWith("malformed JSON: Unexpected end-of-input");
    }

    private static JsonLocator.Node node(JsonToken token, int line, int column) {
        return new JsonLocator.Node(token, new JsonLocator.Position(line, column));
    }
}
