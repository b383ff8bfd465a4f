package jp.advisor.rules;

/**
 * A problem in a rule file, located as precisely as the engine allows.
 *
 * @param file    the file relative to the rules folder
 * @param line    the line, or null when the engine gives none (for a decision table: the line of the DRL
 *                generated from it)
 * @param cell    for a decision table, the cell the problem comes from, e.g. 「withdrawal-actions.drl.csv!C11」
 * @param message the problem in Japanese first, with the engine's own text
 */
public record RuleProblem(String file, Integer line, String cell, String message) {

    public RuleProblem(String file, Integer line, String message) {
        this(file, line, null, message);
    }

    /** Where to look: the table cell when known, else file:line. */
    public String where() {
        if (cell != null) {
            return cell;
        }
        return file + (line == null || line <= 0 ? "" : ":" + line);
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
