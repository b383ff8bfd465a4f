package jp.advisor.policy.strength;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boundary mutants of a DRL file: every comparison in a rule's conditions (between {@code when} and {@code then})
 * turned into its neighbour — {@code >=} ↔ {@code >}, {@code <=} ↔ {@code <}, and the fact model's exact comparisons
 * {@code atLeast} ↔ {@code above}, {@code atMost} ↔ {@code below}. Text in quotes and comments is left alone. A line
 * whose comment says {@value #EQUIVALENT} is not mutated: its author has shown that the neighbour means the same
 * (a pair ordered by {@code >} that {@code >=} would only pair with itself), and the report counts it apart.
 */
final class DrlMutants {

    private static final Pattern OPERATOR = Pattern.compile(
            ">=|<=|(?<![-=<>!])>(?![=>])|(?<![<])<(?![=<-])|\\b(?:atLeast|atMost|above|below)\\(");
    private static final Map<String, String> NEIGHBOUR = Map.of(
            ">=", ">", ">", ">=", "<=", "<", "<", "<=",
            "atLeast(", "above(", "above(", "atLeast(", "atMost(", "below(", "below(", "atMost(");

    static final String EQUIVALENT = "強さ検査：同値";

    private DrlMutants() {
    }

    /** How many comparisons lines marked {@value #EQUIVALENT} hold. */
    static int declaredEquivalent(byte[] content) {
        int n = 0;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.contains(EQUIVALENT)) {
                Matcher m = OPERATOR.matcher(codeOnly(line));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    static List<Mutant> of(String file, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<Mutant> mutants = new ArrayList<>();
        boolean inConditions = false;
        for (int i = 0; i < lines.length; i++) {
            String code = codeOnly(lines[i]);
            String trimmed = code.strip();
            if (trimmed.equals("when") || trimmed.startsWith("when ")) {
                inConditions = true;
                continue;
            }
            if (trimmed.equals("then") || trimmed.startsWith("then ")) {
                inConditions = false;
                continue;
            }
            if (!inConditions || lines[i].contains(EQUIVALENT)) {
                continue;
            }
            Matcher m = OPERATOR.matcher(code);
            while (m.find()) {
                String from = m.group();
                String to = NEIGHBOUR.get(from);
                String changed = lines[i].substring(0, m.start()) + to + lines[i].substring(m.end());
                String[] copy = lines.clone();
                copy[i] = changed;
                mutants.add(new Mutant(file, file + ":" + (i + 1), from.replace("(", ""), to.replace("(", ""),
                        String.join("\n", copy).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return mutants;
    }

    /** The line with string literals and a trailing comment blanked, so that only code is mutated. */
    private static String codeOnly(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean inString = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!inString && c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/') {
                out.append(" ".repeat(line.length() - k));
                break;
            }
            if (c == '"' && (k == 0 || line.charAt(k - 1) != '\\')) {
                inString = !inString;
                out.append(' ');
                continue;
            }
            out.append(inString ? ' ' : c);
        }
        return out.toString();
    }
}
