package jp.advisor.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every value of a JSON document starts, by JSON Pointer. Data binding forgets positions, so the document is
 * streamed once beforehand and problems found later in the bound objects are pointed back to their line and column.
 * The same pass checks the syntax and notices property names written twice in one object, which binding would
 * silently resolve by keeping the last.
 */
final class JsonLocator {

    /** A 1-based line and column (in characters). */
    record Position(int line, int column) {
    }

    /** The first token of a value: {@code START_OBJECT}, {@code START_ARRAY} or a scalar token. */
    record Node(JsonToken token, Position position) {
    }

    /** A property name that occurs again in the same object; {@code path} is the property's pointer. */
    record DuplicateName(String path, String name, Position position, Position first) {
    }

    /** The text is not one well-formed JSON value; {@code path} is the container being read when it broke. */
    static final class MalformedJsonException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String path;
        private final Position position;
        private final String messageJa;
        private final String messageEn;

        MalformedJsonException(String path, Position position, String messageJa, String messageEn, Throwable cause) {
            super(messageEn, cause);
            this.path = path;
            this.position = position;
            this.messageJa = messageJa;
            this.messageEn = messageEn;
        }

        String path() {
            return path;
        }

        Position position() {
            return position;
        }

        String messageJa() {
            return messageJa;
        }

        String messageEn() {
            return messageEn;
        }
    }

    private final Map<String, Node> nodes;
    private final Map<String, Position> names;
    private final List<DuplicateName> duplicateNames;

    private JsonLocator(Map<String, Node> nodes, Map<String, Position> names, List<DuplicateName> duplicateNames) {
        this.nodes = nodes;
        this.names = names;
        this.duplicateNames = duplicateNames;
    }

    /**
     * Streams {@code json} with {@code mapper}'s parser settings.
     *
     * @throws MalformedJsonException when the text is empty, malformed or has content after the first value
     */
    static JsonLocator scan(String json, JsonMapper mapper) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Position> names = new HashMap<>();
        List<DuplicateName> duplicates = new ArrayList<>();
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new MalformedJsonException("", new Position(1, 1),
                        "中身がありません（JSON オブジェクト {…} を書いてください）",
                        "the document is empty (a JSON object {…} is expected)", null);
            }
            while (token != null) {
                Position at = position(parser.currentTokenLocation());
                switch (token) {
                    case PROPERTY_NAME -> {
                        Container object = open.peek();
                        object.name = parser.currentName();
                        Position first = object.names.putIfAbsent(object.name, at);
                        names.putIfAbsent(child(object.path, object.name), at);
                        if (first != null) {
                            duplicates.add(new DuplicateName(child(object.path, object.name), object.name, at, first));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        String path = open.isEmpty() ? "" : open.peek().nextChild();
                        nodes.put(path, new Node(token, at));
                        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                            open.push(new Container(path, token == JsonToken.START_ARRAY));
                        }
                    }
                }
                // Stop at the end of the first value so that whatever follows is reported as trailing content.
                token = open.isEmpty() ? null : parser.nextToken();
            }
            if (parser.nextToken() != null) {
                throw new MalformedJsonException("", position(parser.currentTokenLocation()),
                        "JSON の値の後に余分な内容があります（全体を一つのオブジェクト {…} にしてください）",
                        "unexpected content after the JSON value (the whole document must be one object {…})", null);
            }
        } catch (StreamReadException e) {
            String path = open.isEmpty() ? "" : open.peek().path;
            throw new MalformedJsonException(path, position(e.getLocation()),
                    "JSON の書き方に誤りがあります（カンマ・括弧・引用符を確認してください）: " + e.getOriginalMessage(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            // The parser's limits (nesting depth, value length), reported without location: point at the deepest
            // container, but not with its path, which may be hundreds of segments long.
            Position at = open.isEmpty() ? position(e.getLocation()) : nodes.get(open.peek().path).position();
            throw new MalformedJsonException("", at,
                    "JSON を読めません: " + e.getOriginalMessage(), "cannot read the JSON: " + e.getOriginalMessage(), e);
        }
        return new JsonLocator(nodes, names, List.copyOf(duplicates));
    }

    /** The value at {@code path}, if the document has one there. */
    Optional<Node> find(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /**
     * The position of the value at {@code path} or, when it is absent (a missing field), of its closest ancestor
     * present in the document.
     */
    Position nearest(String path) {
        String current = path;
        while (true) {
            Node node = nodes.get(current);
            if (node != null) {
                return node.position();
            }
            if (current.isEmpty()) {
                return new Position(1, 1);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /**
     * Where the property at {@code path} is named (its first occurrence), which is where a misspelt key is to be
     * pointed at; the value's position, or the closest ancestor's, when it has no name (an array element).
     */
    Position namePosition(String path) {
        Position name = names.get(path);
        return name != null ? name : nearest(path);
    }

    List<DuplicateName> duplicateNames() {
        return duplicateNames;
    }

    /** The pointer of property {@code name} of the object at {@code parent}, escaped as RFC 6901 says. */
    static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of element {@code index} of the array at {@code parent}. */
    static String child(String parent, int index) {
        return parent + "/" + index;
    }

    private static Position position(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Position(1, 1);
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** An object or array being read. */
    private static final class Container {

        final String path;
        final boolean array;
        final Map<String, Position> names = new HashMap<>();
        int nextIndex;
        String name;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String nextChild() {
            return array ? child(path, nextIndex++) : child(path, name);
        }
    }
}
