package jp.advisor.rules.guard;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one rule file may name and call: the fact model, the types the file declares, and a fixed list of
 * value types and their methods.
 *
 * <p>Types the file names are resolved as it is read; from each fact type the vocabulary follows the return
 * and field types of its public members, so every object a rule can get hold of is of a type seen here. Instance
 * methods and properties are then allowed by name (the guard does not infer a receiver's type): a name is
 * allowed when some reachable type has it as a public method of its own (not inherited from Object, Enum or
 * Record) or it is in the fixed lists below. No reachable type leads to Class, Thread or the engine, so a name
 * cannot reach them either.
 */
final class Vocabulary {

    static final String FACTS_PACKAGE = "jp.advisor.facts";

    /** Java types a rule may write with their package, besides the facts. */
    static final Set<String> QUALIFIED_JAVA = Set.of("java.util.List");

    /** Types usable by simple name besides the facts and the file's declared types. */
    static final Map<String, Class<?>> VALUE_TYPES = Map.ofEntries(
            Map.entry("String", String.class), Map.entry("Integer", Integer.class), Map.entry("Long", Long.class),
            Map.entry("Double", Double.class), Map.entry("Float", Float.class), Map.entry("Short", Short.class),
            Map.entry("Byte", Byte.class), Map.entry("Number", Number.class), Map.entry("Boolean", Boolean.class),
            Map.entry("Character", Character.class), Map.entry("Math", Math.class), Map.entry("List", List.class));

    private static final Set<String> PRIMITIVES = Set.of(
            "boolean", "byte", "short", "int", "long", "float", "double", "char");

    /** Instance methods of value types, by the type that has them. No regex (matches, split): a pattern can run for ever. */
    private static final Map<Class<?>, Set<String>> VALUE_METHODS = Map.ofEntries(
            Map.entry(Object.class, Set.of("equals", "hashCode", "toString")),
            Map.entry(String.class, Set.of("length", "isEmpty", "isBlank", "charAt", "contains", "startsWith",
                    "endsWith", "indexOf", "lastIndexOf", "substring", "trim", "strip", "stripLeading", "stripTrailing",
                    "toUpperCase", "toLowerCase", "equalsIgnoreCase", "compareTo", "compareToIgnoreCase", "concat",
                    "replace")),
            Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue", "floatValue", "shortValue",
                    "byteValue")),
            Map.entry(Comparable.class, Set.of("compareTo")),
            Map.entry(Double.class, Set.of("isNaN", "isInfinite")),
            Map.entry(Float.class, Set.of("isNaN", "isInfinite")),
            // No pow, movePoint…, scaleByPowerOfTen: a large exponent allocates without end.
            Map.entry(BigDecimal.class, Set.of("add", "subtract", "multiply", "divide", "remainder", "negate", "abs",
                    "signum", "scale", "precision", "max", "min", "setScale", "stripTrailingZeros", "toPlainString",
                    "round")),
            Map.entry(Boolean.class, Set.of("booleanValue")),
            Map.entry(Character.class, Set.of("charValue")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "containsAll")),
            Map.entry(List.class, Set.of("get", "indexOf", "lastIndexOf", "subList")),
            Map.entry(Map.class, Set.of("get", "getOrDefault", "containsKey", "containsValue", "size", "isEmpty",
                    "keySet", "values")),
            Map.entry(Enum.class, Set.of("name", "ordinal")));

    /** Static methods of the value types that may be named; not Integer.getInteger and the like (they read settings). */
    private static final Map<Class<?>, Set<String>> VALUE_STATICS = Map.ofEntries(
            Map.entry(String.class, Set.of("valueOf", "join", "format")),
            Map.entry(Integer.class, Set.of("valueOf", "parseInt", "toString", "compare", "max", "min", "sum", "signum")),
            Map.entry(Long.class, Set.of("valueOf", "parseLong", "toString", "compare", "max", "min", "sum", "signum")),
            Map.entry(Short.class, Set.of("valueOf", "parseShort", "toString", "compare")),
            Map.entry(Byte.class, Set.of("valueOf", "parseByte", "toString", "compare")),
            Map.entry(Double.class, Set.of("valueOf", "parseDouble", "toString", "compare", "max", "min", "sum",
                    "isNaN", "isFinite", "isInfinite")),
            Map.entry(Float.class, Set.of("valueOf", "parseFloat", "toString", "compare", "max", "min", "sum",
                    "isNaN", "isFinite", "isInfinite")),
            Map.entry(Boolean.class, Set.of("valueOf", "parseBoolean", "toString", "compare", "logicalAnd",
                    "logicalOr", "logicalXor")),
            Map.entry(Character.class, Set.of("valueOf", "isDigit", "isLetter", "isLetterOrDigit", "isWhitespace",
                    "isUpperCase", "isLowerCase", "toUpperCase", "toLowerCase", "toString")),
            Map.entry(List.class, Set.of("of", "copyOf")),
            Map.entry(Number.class, Set.of()));

    private static final Map<Class<?>, Set<String>> VALUE_STATIC_FIELDS = Map.of(
            Integer.class, Set.of("MAX_VALUE", "MIN_VALUE"),
            Long.class, Set.of("MAX_VALUE", "MIN_VALUE"),
            Double.class, Set.of("MAX_VALUE", "MIN_VALUE", "NaN", "POSITIVE_INFINITY", "NEGATIVE_INFINITY"),
            Boolean.class, Set.of("TRUE", "FALSE"),
            Math.class, Set.of("PI", "E"));

    private static final Map<String, Class<?>> FACT_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Class<?> NOT_A_FACT = Void.class;

    private final Set<Class<?>> seen = new HashSet<>();
    private final Set<String> methods = new HashSet<>();
    private final Set<String> properties = new HashSet<>();
    /** Declared type → its field names. */
    private final Map<String, Set<String>> declared = new HashMap<>();

    Vocabulary() {
        seed(Object.class);
    }

    /** A public top-level class of the fact package; loaded without initialising it. */
    static Class<?> fact(String simpleName) {
        if (simpleName.isEmpty() || simpleName.indexOf('$') >= 0 || simpleName.indexOf('.') >= 0) {
            return null;
        }
        Class<?> type = FACT_CACHE.computeIfAbsent(simpleName, name -> {
            try {
                Class<?> c = Class.forName(FACTS_PACKAGE + "." + name, false, Vocabulary.class.getClassLoader());
                return Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null ? c : NOT_A_FACT;
            } catch (ClassNotFoundException | LinkageError e) {
                return NOT_A_FACT;
            }
        });
        return type == NOT_A_FACT ? null : type;
    }

    static boolean isPrimitive(String name) {
        return PRIMITIVES.contains(name);
    }

    /** A declared type of this name would hide java.lang's in the generated code. */
    static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, null);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    void declare(String typeName, Collection<String> fields) {
        Set<String> names = new HashSet<>(fields);
        declared.put(typeName, names);
        for (String f : fields) {
            String cap = f.isEmpty() ? f : f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1);
            methods.add(f);
            methods.add("get" + cap);
            methods.add("is" + cap);
            methods.add("set" + cap);
            properties.add(f);
        }
    }

    boolean isDeclared(String simpleName) {
        return declared.containsKey(simpleName);
    }

    Set<String> declaredFields(String typeName) {
        return declared.getOrDefault(typeName, Set.of());
    }

    /**
     * The class a type name denotes when a rule may name it (a fact, a value type, java.util.List, a fact with
     * its package); null otherwise. Declared types have no class: see {@link #isDeclared}.
     */
    Class<?> named(String name) {
        Class<?> type;
        if (QUALIFIED_JAVA.contains(name)) {
            type = List.class;
        } else if (name.startsWith(FACTS_PACKAGE + ".")) {
            type = fact(name.substring(FACTS_PACKAGE.length() + 1));
        } else {
            type = VALUE_TYPES.containsKey(name) ? VALUE_TYPES.get(name) : fact(name);
        }
        if (type != null) {
            seed(type);
        }
        return type;
    }

    boolean instanceMethod(String name) {
        return methods.contains(name);
    }

    /** A property as constraints and MVEL read it: {@code value.number}, {@code size}, {@code empty}. */
    boolean property(String name) {
        return properties.contains(name);
    }

    /** Whether a fact, value or declared type has this member (an unqualified name in one of its patterns). */
    boolean memberOf(Class<?> type, String declaredType, String name, boolean call) {
        if (declaredType != null) {
            return declaredFields(declaredType).contains(name) || methods.contains(name) && call;
        }
        if (type == null) {
            return false;
        }
        seed(type);
        Set<String> own = new HashSet<>();
        collect(type, own, false);
        if (call) {
            return own.contains(name);
        }
        for (String m : own) {
            if (propertyNames(m).contains(name)) {
                return true;
            }
        }
        return false;
    }

    boolean staticMethod(Class<?> type, String name) {
        if (isFact(type)) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic()) {
                    seed(m.getGenericReturnType());
                    return true;
                }
            }
            return false;
        }
        if (type == Math.class) {
            return MATH_STATICS.contains(name); // every Math method computes on numbers only
        }
        return VALUE_STATICS.getOrDefault(type, Set.of()).contains(name);
    }

    private static final Set<String> MATH_STATICS = java.util.Arrays.stream(Math.class.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers())).map(Method::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    boolean staticField(Class<?> type, String name) {
        if (isFact(type)) {
            try {
                Field f = type.getField(name);
                if (Modifier.isStatic(f.getModifiers()) && f.getDeclaringClass() == type) {
                    seed(f.getGenericType());
                    return true;
                }
            } catch (NoSuchFieldException e) {
                return false;
            }
            return false;
        }
        return VALUE_STATIC_FIELDS.getOrDefault(type, Set.of()).contains(name);
    }

    static boolean isFact(Class<?> type) {
        return type.getName().startsWith(FACTS_PACKAGE + ".");
    }

    /** Follows a type and everything its public members return. */
    void seed(Type root) {
        Deque<Type> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Type t = todo.poll();
            if (t instanceof ParameterizedType p) {
                todo.add(p.getRawType());
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof WildcardType w) {
                todo.addAll(List.of(w.getUpperBounds()));
            } else if (t instanceof GenericArrayType a) {
                todo.add(a.getGenericComponentType());
            } else if (t instanceof Class<?> c && seen.add(c)) {
                if (c.isArray()) {
                    properties.add("length");
                    todo.add(c.getComponentType());
                    continue;
                }
                Set<String> names = new HashSet<>();
                collect(c, names, true);
                methods.addAll(names);
                names.forEach(n -> properties.addAll(propertyNames(n)));
                if (isFact(c)) {
                    for (Method m : c.getMethods()) {
                        if (isFact(m.getDeclaringClass()) && !m.isSynthetic()) {
                            todo.add(m.getGenericReturnType());
                        }
                    }
                    for (Field f : c.getFields()) {
                        todo.add(f.getGenericType());
                    }
                }
            }
        }
    }

    /** The instance methods a type has: its own public ones for a fact, the fixed lists for a value type. */
    private static void collect(Class<?> c, Set<String> into, boolean superTypes) {
        if (isFact(c)) {
            for (Method m : c.getMethods()) {
                if (isFact(m.getDeclaringClass()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    into.add(m.getName());
                }
            }
            if (c.isEnum()) {
                into.addAll(VALUE_METHODS.get(Enum.class));
            }
        }
        for (Map.Entry<Class<?>, Set<String>> e : VALUE_METHODS.entrySet()) {
            if (e.getKey().isAssignableFrom(c) && (superTypes || e.getKey() != Object.class)) {
                into.addAll(e.getValue());
            }
        }
    }

    /** {@code getX} and {@code isX} read as {@code x} too, as the engine does for a property. */
    private static Set<String> propertyNames(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return Set.of(method, Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
            }
        }
        return Set.of(method);
    }
}
