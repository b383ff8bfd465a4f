package jp.advisor.submission;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import tools.jackson.databind.JsonNode;

/**
 * Binds a submission's JSON tree onto its records by component name, as data binding would, but reports every value
 * of the wrong type and warns of every key the records do not have instead of stopping at the first, so that staff
 * fix a file in one go. A value of the wrong type is bound as absent (an array element as an empty record) so that
 * the checks after binding go on. The records say which keys are known: a component added to a record is read, and
 * known, without more ado, when its type is String, Boolean, Integer, Double, a record or a List of one of these.
 */
final class RecordBinder {

    /** The components and canonical constructor of a record, looked up once per class. */
    private record Shape(RecordComponent[] components, List<String> names, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new Shape(components, Arrays.stream(components).map(RecordComponent::getName).toList(),
                        constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type, e);
            }
        }
    };

    private final ReadLog log;
    private final JsonNode root;

    RecordBinder(ReadLog log, JsonNode root) {
        this.log = log;
        this.root = root;
    }

    /** Property {@code name} of {@code parent} as text; null when absent, null or not a string (reported). */
    String text(JsonNode parent, String parentPath, String name) {
        return (String) value(parent.get(name), String.class, JsonLocator.child(parentPath, name), name, false);
    }

    /** Property {@code name} of {@code parent} as a list of records; null when absent, null or not an array. */
    @SuppressWarnings("unchecked")
    <T extends Record> List<T> records(JsonNode parent, String parentPath, String name, Class<T> type) {
        JsonNode node = parent.get(name);
        String path = JsonLocator.child(parentPath, name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            mismatch(node, List.class, path, name, false);
            return null;
        }
        return (List<T>) (List<?>) list(node, type, path, name);
    }

    /**
     * Warns of every key of the object at {@code path} that is not among {@code known}, naming the nearest known key
     * when one is close enough to be a slip of the keyboard.
     */
    void unknownKeys(JsonNode object, String path, Collection<String> known) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String key = property.getKey();
            if (known.contains(key)) {
                continue;
            }
            String pointer = JsonLocator.child(path, key);
            String where = dotted(pointer);
            Optional<String> meant = nearest(key, known);
            log.warning(SubmissionWarning.UNKNOWN_FIELD, pointer, location(pointer),
                    "不明な項目 " + where + meant.map(m -> "（" + m + " の誤り？）").orElse("") + "は読み飛ばしました",
                    "unknown field " + where + " ignored" + meant.map(m -> " (did you mean " + m + "?)").orElse(""));
        }
    }

    private Object value(JsonNode node, Type type, String path, String field, boolean element) {
        if (node == null || node.isNull() && !element) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            if (node.isString()) {
                return node.stringValue();
            }
        } else if (raw == Boolean.class) {
            if (node.isBoolean()) {
                return node.booleanValue();
            }
        } else if (raw == Integer.class) {
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
        } else if (raw == Double.class) {
            if (node.isNumber() && Double.isFinite(node.doubleValue())) {
                return node.doubleValue();
            }
        } else if (raw == List.class) {
            if (node.isArray()) {
                return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path, field);
            }
        } else if (raw.isRecord()) {
            if (node.isObject()) {
                return record(node, raw, path);
            }
        } else {
            throw new IllegalStateException("no JSON binding for " + type + " at " + path);
        }
        mismatch(node, raw, path, field, element);
        // An element stays in its place, so that the problems found in the ones after it name the right index.
        return element && raw.isRecord() ? construct(raw, new Object[SHAPES.get(raw).components().length]) : null;
    }

    private List<Object> list(JsonNode array, Type elementType, String path, String field) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Object element = value(array.get(i), elementType, JsonLocator.child(path, i), field, true);
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    private Object record(JsonNode object, Class<?> type, String path) {
        Shape shape = SHAPES.get(type);
        unknownKeys(object, path, shape.names());
        Object[] arguments = new Object[shape.components().length];
        for (int i = 0; i < arguments.length; i++) {
            RecordComponent component = shape.components()[i];
            arguments[i] = value(object.get(component.getName()), component.getGenericType(),
                    JsonLocator.child(path, component.getName()), component.getName(), false);
        }
        return construct(type, arguments);
    }

    private static Object construct(Class<?> type, Object[] arguments) {
        try {
            return SHAPES.get(type).constructor().newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    private void mismatch(JsonNode node, Class<?> expectedType, String path, String field, boolean element) {
        Kind expected = expected(expectedType);
        Kind found = expectedType == Integer.class && node.isNumber() ? DECIMAL : kind(node);
        String nameJa = element ? "「" + field + "」の要素" : "「" + field + "」";
        String nameEn = element ? "each element of " + field : field;
        log.problem(path, nameJa + "には" + expected.ja() + "を書いてください（" + found.ja() + "が書かれています）",
                nameEn + " must be " + expected.en() + ", not " + found.en());
    }

    /** The known key {@code key} was most likely meant to be: case aside, at most a few letters away. */
    static Optional<String> nearest(String key, Collection<String> known) {
        String written = key.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(1, Math.min(3, key.length() / 3)));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance.apply(written, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code /strategies/0/outcomes/1/selfrating} → {@code strategies[0].outcomes[1].selfrating}, for messages. */
    static String dotted(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments(pointer)) {
            if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty() && out.length() > 0) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment);
            }
        }
        return out.toString();
    }

    /**
     * The place as CONTRACT.md writes finding locations: strategies and initiatives by their ids where the sheet gives
     * them ({@code strategies/7-1/initiatives/7-1-1/selfAssesment}), other indices as they are.
     */
    String location(String pointer) {
        List<String> out = new ArrayList<>();
        JsonNode node = root;
        String container = null;
        for (String segment : segments(pointer)) {
            node = node == null ? null : node.isArray() && segment.chars().allMatch(Character::isDigit)
                    ? node.get(Integer.parseInt(segment)) : node.get(segment);
            boolean byId = ("strategies".equals(container) || "initiatives".equals(container))
                    && node != null && node.isObject() && node.path("id").isString() && !node.path("id").stringValue().isBlank();
            out.add(byId ? node.path("id").stringValue() : segment);
            container = segment;
        }
        return String.join("/", out);
    }

    private static List<String> segments(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(pointer.substring(1).split("/", -1))
                .map(s -> s.replace("~1", "/").replace("~0", "~"))
                .toList();
    }

    /** What a value is, for messages. */
    record Kind(String ja, String en) {
    }

    static final Kind DECIMAL = new Kind("小数", "a decimal number");

    static Kind expected(Class<?> type) {
        if (type == String.class) {
            return new Kind("文字列（\"…\"）", "a string (\"…\")");
        }
        if (type == Boolean.class) {
            return new Kind("真偽値（true か false）", "a boolean (true or false)");
        }
        if (type == Integer.class) {
            return new Kind("整数（1）", "a whole number (1)");
        }
        if (type == Double.class) {
            return new Kind("数値（54.1）", "a number (54.1)");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new Kind("配列（[…]）", "an array […]");
        }
        return new Kind("オブジェクト（{…}）", "an object {…}");
    }

    static Kind kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> new Kind("文字列", "a string");
            case NUMBER -> new Kind("数値", "a number");
            case BOOLEAN -> new Kind("真偽値", "a boolean");
            case NULL -> new Kind("null", "null");
            case OBJECT, POJO -> new Kind("オブジェクト", "an object");
            case ARRAY -> new Kind("配列", "an array");
            default -> new Kind("別の種類の値", "a value of another type");
        };
    }
}
