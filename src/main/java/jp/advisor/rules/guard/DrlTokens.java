package jp.advisor.rules.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits DRL text into the tokens {@link RuleGuard} looks at. Comments are dropped and a string literal
 * becomes one token whose contents are never looked at, so a Japanese explanation may say anything.
 *
 * <p>The split follows what the DRL lexer, javac and MVEL agree on: {@code //} (ending at CR or LF) and
 * {@code /* *}{@code /} comments, and "…" or '…' literals with backslash escapes that may span lines (as
 * in DRL and MVEL). Where those readers disagree ({@code \\uXXXX} escapes, a lone CR, {@code """} text
 * blocks, {@code #}) the guard refuses the file rather than guess which reading the engine uses; this
 * class marks {@code """} and {@code #} as {@link Kind#SUSPECT} tokens for that.
 */
final class DrlTokens {

    enum Kind { IDENTIFIER, NUMBER, STRING, SYMBOL, SUSPECT }

    /** {@code text} of an identifier has javac's ignorable characters removed: javac reads "Sys" + U+200B + "tem" as System. */
    record Token(Kind kind, String text, int line) {

        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }

        boolean isIdentifier() {
            return kind == Kind.IDENTIFIER;
        }
    }

    /** What may follow a number's digits: a type suffix (10L, 10B), hex (0xFF), an exponent, a time (1m30s). */
    private static final Pattern NUMBER_TAIL =
            Pattern.compile("[lLfFdDbBiI]?|[xX][0-9a-fA-F_]+[lL]?|[eE][0-9]*[fFdD]?|[0-9dhms]+");

    private DrlTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int line = 1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end, '\n');
                i = end;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                // Read as javac would (up to the next unescaped """), but only so the scan goes on: it is refused.
                tokens.add(new Token(Kind.SUSPECT, "\"\"\"", line));
                int end = i + 3;
                while (end < n && !text.startsWith("\"\"\"", end)) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
                line += count(text, i, end, '\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                tokens.add(new Token(Kind.STRING, "\"…\"", line));
                line += count(text, i, end, '\n');
                i = end;
            } else if (c == '#') {
                tokens.add(new Token(Kind.SUSPECT, "#", line));
                i++;
            } else if (Character.isJavaIdentifierStart(text.codePointAt(i))) {
                // By code point, as javac reads: a supplementary ignorable character must not split a name.
                StringBuilder name = new StringBuilder();
                while (i < n && Character.isJavaIdentifierPart(text.codePointAt(i))) {
                    int p = text.codePointAt(i);
                    if (!Character.isIdentifierIgnorable(p)) {
                        name.appendCodePoint(p);
                    }
                    i += Character.charCount(p);
                }
                tokens.add(new Token(Kind.IDENTIFIER, name.toString(), line));
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && (isAsciiDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.' && i + 1 < n && isAsciiDigit(text.charAt(i + 1)))) {
                    i++;
                }
                // Letters glued to a number belong to it only as a suffix, hex digits or a time interval;
                // anything else is read as a name, so "1System" cannot hide System.
                int end = i;
                while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                if (NUMBER_TAIL.matcher(text.substring(i, end)).matches()) {
                    i = end;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), line));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int count(String text, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
