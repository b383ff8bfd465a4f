package jp.advisor.policy.analysis;

/**
 * One finding of the table analysis.
 *
 * @param file      the table file's name as given to {@link TableAnalyzer#analyze}
 * @param table     the table's name (the text after {@code RuleTable})
 * @param cell      spreadsheet-style address of the cell to look at, e.g. {@code withdrawal-default.drl.csv!B11};
 *                  null when no row stands next to the problem (a case no row of which covers any value)
 * @param kind      {@link #GAP}, {@link #OVERLAP}, {@link #NEVER_FIRES} or {@link #BOUNDARY_MIXUP}
 * @param messageJa what is wrong and what to change, in Japanese (names the rows' cells)
 * @param messageEn the same in English
 * @param range     the values concerned in interval notation with ∞, e.g. {@code [50, 60)}; {@code ∅} for a row no
 *                  value satisfies; for more than one numeric field {@code field [a, b) × field2 [c, d)}
 */
public record TableIssue(String file, String table, String cell, String kind, String messageJa, String messageEn,
                         String range) {

    /** Values no row covers. */
    public static final String GAP = "GAP";
    /** Values two rows with different actions both cover. */
    public static final String OVERLAP = "OVERLAP";
    /** A row no value can reach. */
    public static final String NEVER_FIRES = "NEVER_FIRES";
    /** Two rows meet at one value and the comparators give it to neither, or to both with different actions. */
    public static final String BOUNDARY_MIXUP = "BOUNDARY_MIXUP";
}
