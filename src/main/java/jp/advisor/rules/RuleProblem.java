package jp.advisor.rules;

/**
 * A problem in a rule file, located as precisely as the engine allows.
 *
 * @param file    the file relative to the rules folder
 * @param line    the line, or null when the engine gives none
 * @param message the problem in Japanese, with the engine's own text
 */
public record RuleProblem(String file, Integer line, String message) {

    @Override
    public String toString() {
        return file + (line == null || line <= 0 ? "" : ":" + line) + ": " + message;
    }
}
