package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.List;

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

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
