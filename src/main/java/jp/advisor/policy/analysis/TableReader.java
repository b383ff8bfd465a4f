package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.advisor.policy.analysis.DecisionTable.Constraint;
import jp.advisor.policy.analysis.DecisionTable.Field;
import jp.advisor.policy.analysis.DecisionTable.Row;
import jp.advisor.policy.analysis.DecisionTable.Symbolic;

/**
 * Finds the decision tables of a CSV file the way Drools' rule sheet listener does: a cell starting with
 * {@code RuleTable} opens a table; the next four rows are the column kinds, the object types, the snippets and the
 * labels; data rows follow up to the first row with nothing at or right of the RuleTable cell. A table Drools would
 * refuse (an unknown column kind, no CONDITION, a condition without snippet, header rows missing) is left out: the
 * compiler reports it.
 */
final class TableReader {

    enum Kind { CONDITION, ACTION, NAME, PRIORITY, ACTIVATION_GROUP, OTHER }

    /** Drools' column headers, by full name or initial (ActionType.Code). */
    private static final Map<String, Kind> TAGS = new HashMap<>();

    static {
        tag(Kind.CONDITION, "CONDITION", "C");
        tag(Kind.ACTION, "ACTION", "A");
        tag(Kind.NAME, "NAME", "N");
        tag(Kind.PRIORITY, "PRIORITY", "P");
        tag(Kind.ACTIVATION_GROUP, "ACTIVATION-GROUP", "X");
        tag(Kind.OTHER, "DESCRIPTION", "I");
        tag(Kind.OTHER, "DURATION", "D");
        tag(Kind.OTHER, "TIMER", "T");
        tag(Kind.OTHER, "CALENDARS", "E");
        tag(Kind.OTHER, "NO-LOOP", "U");
        tag(Kind.OTHER, "LOCK-ON-ACTIVE", "L");
        tag(Kind.OTHER, "AUTO-FOCUS", "F");
        tag(Kind.OTHER, "AGENDA-GROUP", "G");
        tag(Kind.OTHER, "RULEFLOW-GROUP", "R");
        tag(Kind.OTHER, "DATE-EFFECTIVE", "V");
        tag(Kind.OTHER, "DATE-EXPIRES", "Z");
        tag(Kind.OTHER, "METADATA", "@");
    }

    private static void tag(Kind kind, String name, String initial) {
        TAGS.put(name, kind);
        TAGS.put(initial, kind);
    }

    private static final String RULE_TABLE = "ruletable";

    private static final String FIELD = "[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\(\\s*\\))?"
            + "(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\(\\s*\\))?)*";
    private static final String OP = "<=|>=|==|<|>";
    private static final Pattern FIELD_OP_PARAM =
            Pattern.compile("(?<field>" + FIELD + ")\\s*(?<op>" + OP + ")\\s*\\$param");
    private static final Pattern PARAM_OP_FIELD =
            Pattern.compile("\\$param\\s*(?<op>" + OP + ")\\s*(?<field>" + FIELD + ")");
    /** A standalone pattern, optionally bound: {@code $x : Type(constraints)}. */
    private static final Pattern STANDALONE = Pattern.compile(
            "(?:\\$[\\p{L}\\p{N}_$]*\\s*:\\s*)?[\\p{L}_$][\\p{L}\\p{N}_$.]*\\s*\\((?<body>.*)\\)", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("\\$param(?![\\p{L}\\p{N}_$])");
    /** A Java/MVEL number literal as a cell holds it; a type suffix (50L, 0.5B) is allowed and ignored. */
    private static final Pattern NUMBER =
            Pattern.compile("(?<n>[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?)[lLdDfFbBiI]?");
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[（(][^（()）]*[)）]$");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(" + FIELD + ")\\s*(?:==|!=|<|>|\\.)");

    /** What a numeric snippet compares. */
    record Comparison(String field, Op op) {
    }

    private TableReader() {
    }

    static List<DecisionTable> read(List<CsvReader.Line> lines) {
        // Properties (Sequential, ACTIVATION-GROUP) may stand anywhere outside the tables: collect them first.
        Map<String, String> properties = new HashMap<>();
        List<int[]> spans = new ArrayList<>(); // {ruleTableIndex, column, endIndex}
        int k = 0;
        while (k < lines.size()) {
            int start = ruleTableColumn(lines.get(k));
            if (start < 0) {
                property(lines.get(k), properties);
                k++;
                continue;
            }
            int restart = -1;
            for (int h = k + 1; h <= k + 4 && h < lines.size(); h++) {
                if (ruleTableColumn(lines.get(h)) >= 0) {
                    restart = h; // a new RuleTable inside the header rows starts over there, as in Drools
                    break;
                }
            }
            if (restart >= 0) {
                k = restart;
                continue;
            }
            int end = k + 5;
            while (end < lines.size() && ruleTableColumn(lines.get(end)) < 0 && hasCellFrom(lines.get(end), start)) {
                end++;
            }
            spans.add(new int[] {k, start, end});
            k = Math.max(end, k + 1);
        }
        List<DecisionTable> tables = new ArrayList<>();
        for (int[] span : spans) {
            table(lines, span[0], span[1], span[2], properties).ifPresent(tables::add);
        }
        return tables;
    }

    private static Optional<DecisionTable> table(List<CsvReader.Line> lines, int at, int start, int end,
                                                 Map<String, String> properties) {
        if (at + 4 >= lines.size()) {
            return Optional.empty();
        }
        CsvReader.Line ruleTable = lines.get(at);
        CsvReader.Line header = lines.get(at + 1);
        CsvReader.Line types = lines.get(at + 2);
        CsvReader.Line snippets = lines.get(at + 3);
        CsvReader.Line labels = lines.get(at + 4);
        List<CsvReader.Line> data = lines.subList(Math.min(at + 5, end), end);
        String name = ruleTable.cell(start).trim().substring(RULE_TABLE.length()).trim();

        int width = header.cells().size();
        Map<Integer, Kind> kinds = new LinkedHashMap<>();
        for (int c = start; c < width; c++) {
            String h = header.cell(c).trim();
            if (h.isEmpty()) {
                continue;
            }
            String uc = h.toUpperCase(Locale.ROOT);
            Kind kind = TAGS.containsKey(uc) ? TAGS.get(uc) : TAGS.get(uc.substring(0, 1));
            if (kind == null) {
                return Optional.empty();
            }
            kinds.put(c, kind);
        }
        if (!kinds.containsValue(Kind.CONDITION)) {
            return Optional.empty();
        }

        // Object types: a cell ending in "..." opens a merge that following "..." cells join (Drools' CSV merging).
        Map<Integer, String> objectType = new HashMap<>();
        int mergeStart = -1;
        for (int c = start; c < Math.max(width, types.cells().size()); c++) {
            String t = types.cell(c);
            if (t.endsWith("...")) {
                if (mergeStart < 0) {
                    mergeStart = c;
                }
            } else {
                mergeStart = -1;
            }
            String source = mergeStart < 0 ? t : types.cell(mergeStart);
            objectType.put(c, source.endsWith("...") ? source.substring(0, source.length() - 3).trim() : source.trim());
        }

        List<Integer> numericColumns = new ArrayList<>();
        Map<Integer, Comparison> comparisons = new HashMap<>();
        List<Symbolic> symbolic = new ArrayList<>();
        for (Map.Entry<Integer, Kind> e : kinds.entrySet()) {
            if (e.getValue() != Kind.CONDITION) {
                continue;
            }
            int c = e.getKey();
            String snippet = snippets.cell(c).trim();
            if (snippet.isEmpty()) {
                return Optional.empty();
            }
            String label = labels.cell(c).trim();
            Optional<Comparison> comparison = comparison(objectType.getOrDefault(c, ""), snippet);
            if (comparison.isPresent() && data.stream().allMatch(l -> l.cell(c).isBlank() || number(l.cell(c)) != null)) {
                numericColumns.add(c);
                comparisons.put(c, comparison.get());
            } else {
                String shown = label.isEmpty() ? DecisionTable.letters(c) + "列" : label;
                symbolic.add(new Symbolic(c, shown, testedName(objectType.getOrDefault(c, ""), snippet).orElse(shown)));
            }
        }

        List<String> fieldNames = new ArrayList<>();
        Map<String, List<Integer>> fieldColumns = new LinkedHashMap<>();
        for (int c : numericColumns) {
            String f = comparisons.get(c).field();
            if (!fieldColumns.containsKey(f)) {
                fieldNames.add(f);
            }
            fieldColumns.computeIfAbsent(f, x -> new ArrayList<>()).add(c);
        }
        List<Field> fields = new ArrayList<>();
        for (String f : fieldNames) {
            fields.add(new Field(f, fieldLabel(f, fieldColumns.get(f), labels)));
        }

        boolean sequential = truthy(properties.get("SEQUENTIAL"));
        String tableGroup = properties.get("ACTIVATION-GROUP");
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Line l : data) {
            List<String> sym = new ArrayList<>();
            for (Symbolic s : symbolic) {
                String v = l.cell(s.column()).trim();
                sym.add(v.isEmpty() ? null : v);
            }
            List<List<Constraint>> constraints = new ArrayList<>();
            List<Interval> box = new ArrayList<>();
            for (String f : fieldNames) {
                List<Constraint> cs = new ArrayList<>();
                Interval i = Interval.ALL;
                for (int c : fieldColumns.get(f)) {
                    BigDecimal v = number(l.cell(c));
                    if (v != null) {
                        Constraint constraint = new Constraint(c, comparisons.get(c).op(), v);
                        cs.add(constraint);
                        i = i.intersect(constraint.interval());
                    }
                }
                constraints.add(List.copyOf(cs));
                box.add(i);
            }
            List<String> answer = new ArrayList<>();
            Integer priority = 0; // Drools' default salience
            String group = tableGroup;
            for (Map.Entry<Integer, Kind> e : kinds.entrySet()) {
                String v = l.cell(e.getKey()).trim();
                switch (e.getValue()) {
                    case ACTION -> answer.add(v);
                    case PRIORITY -> priority = v.isEmpty() ? Integer.valueOf(0) : integer(v);
                    case ACTIVATION_GROUP -> group = v.isEmpty() ? tableGroup : v;
                    default -> {
                    }
                }
            }
            if (sequential) {
                priority = 65535 - (l.number() - 1); // Drools' Rule.calcSalience: earlier rows first, PRIORITY ignored
            }
            // unmodifiableList, not copyOf: blank symbolic cells are nulls
            rows.add(new Row(l.number(), start, Collections.unmodifiableList(sym), List.copyOf(constraints), List.copyOf(box),
                    List.copyOf(answer), priority, group));
        }
        return Optional.of(new DecisionTable(name, List.copyOf(fields), List.copyOf(symbolic), List.copyOf(rows)));
    }

    /**
     * What staff call the field: its column's label, or for several columns the label they share once the
     * comparator note in brackets is dropped (「達成率（以上）」「達成率（未満）」 → 「達成率」), else the field's name.
     */
    private static String fieldLabel(String field, List<Integer> columns, CsvReader.Line labels) {
        if (columns.size() == 1) {
            String l = labels.cell(columns.get(0)).trim();
            return l.isEmpty() ? field : l;
        }
        String shared = null;
        for (int c : columns) {
            String l = BRACKETED_TAIL.matcher(labels.cell(c).trim()).replaceFirst("").trim();
            if (l.isEmpty() || shared != null && !shared.equals(l)) {
                return field;
            }
            shared = l;
        }
        return shared;
    }

    /**
     * The field and comparator of a snippet of the form {@code field OP $param} (or {@code $param OP field}), as a
     * constraint of the column's object type or inside a standalone pattern {@code Type(this == $x, field OP $param)}.
     * Other constraints without {@code $param} may stand beside it: they are the same for every row.
     */
    static Optional<Comparison> comparison(String objectType, String snippet) {
        String body = snippet;
        if (objectType.isBlank()) {
            Matcher m = STANDALONE.matcher(snippet);
            if (!m.matches()) {
                return Optional.empty();
            }
            body = m.group("body");
        }
        Comparison found = null;
        for (String constraint : splitTopLevel(body)) {
            String c = constraint.trim();
            if (!PARAM.matcher(c).find()) {
                continue;
            }
            if (found != null) {
                return Optional.empty();
            }
            Matcher m = FIELD_OP_PARAM.matcher(c);
            if (m.matches()) {
                found = new Comparison(compact(m.group("field")), Op.of(m.group("op")));
                continue;
            }
            m = PARAM_OP_FIELD.matcher(c);
            if (m.matches()) {
                found = new Comparison(compact(m.group("field")), Op.of(m.group("op")).swapped());
                continue;
            }
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    /** The field a symbolic snippet tests ({@code progress} in {@code X(this == $in, progress == "$param")}). */
    private static Optional<String> testedName(String objectType, String snippet) {
        String body = snippet;
        if (objectType.isBlank()) {
            Matcher m = STANDALONE.matcher(snippet);
            if (m.matches()) {
                body = m.group("body");
            }
        }
        for (String constraint : splitTopLevel(body)) {
            if (PARAM.matcher(constraint).find()) {
                Matcher m = LEADING_NAME.matcher(constraint);
                return m.find() ? Optional.of(compact(m.group(1))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Splits at commas outside brackets and string literals. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    static BigDecimal number(String cell) {
        Matcher m = NUMBER.matcher(cell.trim());
        return m.matches() ? new BigDecimal(m.group("n")) : null;
    }

    private static String compact(String field) {
        return field.replaceAll("\\s+", "");
    }

    private static Integer integer(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null; // "(expression)" salience: its order is unknown here
        }
    }

    private static boolean truthy(String v) {
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"));
    }

    private static int ruleTableColumn(CsvReader.Line l) {
        for (int c = 0; c < l.cells().size(); c++) {
            if (l.cells().get(c).trim().toLowerCase(Locale.ROOT).startsWith(RULE_TABLE)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean hasCellFrom(CsvReader.Line l, int start) {
        for (int c = start; c < l.cells().size(); c++) {
            if (!l.cells().get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A property row outside a table: its first non-blank cell names it, the next non-blank one is its value. */
    private static void property(CsvReader.Line l, Map<String, String> properties) {
        String key = null;
        for (String cell : l.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (key == null) {
                key = cell.trim().toUpperCase(Locale.ROOT);
            } else {
                properties.putIfAbsent(key, cell.trim());
                return;
            }
        }
    }
}
