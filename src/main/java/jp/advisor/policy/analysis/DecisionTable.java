package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.advisor.policy.analysis.Snippets.Comparison;
import jp.advisor.rules.RuleTables;
import jp.advisor.rules.RuleTables.Kind;

/**
 * A decision table as the analysis sees it: its numeric fields, its symbolic CONDITION columns and its data rows.
 *
 * @param name     the text after {@code RuleTable}
 * @param fields   the numeric fields, in the order their first column appears
 * @param symbolic the other CONDITION columns
 * @param rows     the data rows in file order
 */
record DecisionTable(String name, List<Field> fields, List<Symbolic> symbolic, List<Row> rows) {

    /**
     * A numeric field.
     *
     * @param name  as written left of the comparator ({@code achievementRate})
     * @param label the label row's text when the field has exactly one column with a label, else the name
     */
    record Field(String name, String label) {
    }

    /**
     * A CONDITION column that is not numeric: rows are compared only when these agree.
     *
     * @param label the label row's text, or the column letter
     * @param name  the field the snippet tests, for English messages, or the label
     */
    record Symbolic(int column, String label, String name) {
    }

    /** One numeric cell of a row: {@code field op value}. */
    record Constraint(int column, Op op, BigDecimal value) {

        Interval interval() {
            return op.interval(value);
        }
    }

    /**
     * A data row.
     *
     * @param line        its line in the file (the row number of its cells)
     * @param firstColumn the table's first column, to address a row with no numeric cell
     * @param symbolic    the symbolic cells in {@link DecisionTable#symbolic()} order; null for a blank cell
     * @param constraints per field, the row's numeric cells
     * @param box         per field, the intersection of those cells ({@link Interval#ALL} for none)
     * @param answer      the ACTION cells: two rows with equal answers do the same
     * @param priority    its salience; null when it is an expression the analysis cannot order
     * @param group       its ACTIVATION-GROUP, or null
     */
    record Row(int line, int firstColumn, List<String> symbolic, List<List<Constraint>> constraints,
               List<Interval> box, List<String> answer, Integer priority, String group) {

        boolean canFire() {
            return box.stream().noneMatch(Interval::isEmpty);
        }

        String ref(int column) {
            return letters(column) + line;
        }

        /** The cell that sets the row's lower end in field {@code f}, or its first numeric cell. */
        String lowerRef(int f) {
            return boundRef(f, true);
        }

        String upperRef(int f) {
            return boundRef(f, false);
        }

        /** The row's first numeric cell in field {@code f}, else in any field, else its first cell. */
        String anyRef(int f) {
            if (!constraints.get(f).isEmpty()) {
                return ref(constraints.get(f).get(0).column());
            }
            for (List<Constraint> cs : constraints) {
                if (!cs.isEmpty()) {
                    return ref(cs.get(0).column());
                }
            }
            return ref(firstColumn);
        }

        /** The comparator of the cell that sets the lower (or upper) end in field {@code f}. */
        Op boundOp(int f, boolean lower) {
            Constraint c = boundCell(f, lower);
            return c == null ? null : c.op();
        }

        private String boundRef(int f, boolean lower) {
            Constraint c = boundCell(f, lower);
            return c == null ? anyRef(f) : ref(c.column());
        }

        private Constraint boundCell(int f, boolean lower) {
            Interval b = box.get(f);
            for (Constraint c : constraints.get(f)) {
                if (lower ? c.interval().sameLower(b) && b.lower() != null : c.interval().sameUpper(b) && b.upper() != null) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * The table as the analysis sees it, or empty for a table Drools would refuse (an unknown column kind, no
     * CONDITION, a condition without snippet): the compiler reports those.
     */
    static Optional<DecisionTable> of(RuleTables.Sheet sheet, RuleTables.RuleTable table) {
        Map<Integer, Kind> kinds = table.kinds();
        if (kinds == null || !kinds.containsValue(Kind.CONDITION)) {
            return Optional.empty();
        }
        RuleTables.Row snippets = table.snippets();
        RuleTables.Row labels = table.labels();
        List<RuleTables.Row> data = table.data();
        Map<Integer, String> objectType = new HashMap<>();
        kinds.keySet().forEach(c -> objectType.put(c, table.objectTypes().mergedCell(c).trim()));

        List<Integer> numericColumns = new ArrayList<>();
        Map<Integer, Comparison> comparisons = new HashMap<>();
        List<Symbolic> symbolic = new ArrayList<>();
        for (int c : kinds.keySet().stream().sorted().toList()) {
            if (kinds.get(c) != Kind.CONDITION) {
                continue;
            }
            String snippet = snippets.cell(c).trim();
            if (snippet.isEmpty()) {
                return Optional.empty();
            }
            String label = labels.cell(c).trim();
            Optional<Comparison> comparison = Snippets.comparison(objectType.getOrDefault(c, ""), snippet);
            if (comparison.isPresent()
                    && data.stream().allMatch(l -> l.cell(c).isBlank() || Snippets.number(l.cell(c)) != null)) {
                numericColumns.add(c);
                comparisons.put(c, comparison.get());
            } else {
                String shown = label.isEmpty() ? letters(c) + "列" : label;
                symbolic.add(new Symbolic(c, shown,
                        Snippets.testedName(objectType.getOrDefault(c, ""), snippet).orElse(shown)));
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

        String tableGroup = sheet.activationGroup();
        List<Row> rows = new ArrayList<>();
        for (RuleTables.Row l : data) {
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
                    BigDecimal v = Snippets.number(l.cell(c));
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
            for (int c : kinds.keySet().stream().sorted().toList()) {
                String v = l.cell(c).trim();
                switch (kinds.get(c)) {
                    case ACTION -> answer.add(v);
                    case PRIORITY -> priority = v.isEmpty() ? Integer.valueOf(0) : integer(v);
                    case ACTIVATION_GROUP -> group = v.isEmpty() ? tableGroup : v;
                    default -> {
                    }
                }
            }
            if (sheet.sequential()) {
                priority = 65535 - (l.line() - 1); // Drools' Rule.calcSalience: earlier rows first, PRIORITY ignored
            }
            // unmodifiableList, not copyOf: blank symbolic cells are nulls
            rows.add(new Row(l.line(), table.column(), Collections.unmodifiableList(sym), List.copyOf(constraints),
                    List.copyOf(box), List.copyOf(answer), priority, group));
        }
        return Optional.of(new DecisionTable(table.name(), List.copyOf(fields), List.copyOf(symbolic), List.copyOf(rows)));
    }

    /**
     * What staff call the field: its column's label, or for several columns the label they share once the
     * comparator note in brackets is dropped (「達成率（以上）」「達成率（未満）」 → 「達成率」), else the field's name.
     */
    private static String fieldLabel(String field, List<Integer> columns, RuleTables.Row labels) {
        if (columns.size() == 1) {
            String l = labels.cell(columns.get(0)).trim();
            return l.isEmpty() ? field : l;
        }
        String shared = null;
        for (int c : columns) {
            String l = Snippets.BRACKETED_TAIL.matcher(labels.cell(c).trim()).replaceFirst("").trim();
            if (l.isEmpty() || shared != null && !shared.equals(l)) {
                return field;
            }
            shared = l;
        }
        return shared;
    }

    private static Integer integer(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null; // "(expression)" salience: its order is unknown here
        }
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
