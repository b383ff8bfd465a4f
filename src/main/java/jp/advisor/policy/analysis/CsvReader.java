package jp.advisor.policy.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF/LF/CR), lenient so that it never throws: an
 * unclosed quote runs to the end, a stray quote inside a field is kept as written. Written here rather than on
 * Jackson's CSV module because the analysis needs each record's line number and must not fail on what Jackson
 * rejects. Each record carries the file line it starts on, which is the row number a spreadsheet and the Drools
 * compiler (it reads line by line) give it.
 */
final class CsvReader {

    /** One record: its first line (1-based) and its cells, unquoted and untrimmed. */
    record Line(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private CsvReader() {
    }

    static List<Line> read(byte[] utf8) {
        String s = new String(utf8, StandardCharsets.UTF_8); // malformed bytes become U+FFFD, not an exception
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean quotedField = false; // the current field opened with a quote
        int line = 1;
        int start = 1;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else {
                        inQuotes = false;
                        i++;
                    }
                } else {
                    if (c == '\n' || c == '\r' && !(i + 1 < n && s.charAt(i + 1) == '\n')) {
                        line++;
                    }
                    cell.append(c);
                    i++;
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                quotedField = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                lines.add(new Line(start, List.copyOf(cells)));
                cells = new ArrayList<>();
                cell.setLength(0);
                quotedField = false;
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                start = line;
            } else if (c == '"' && cell.length() == 0 && !quotedField) {
                inQuotes = true;
                quotedField = true;
                i++;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!cells.isEmpty() || cell.length() > 0 || quotedField) {
            cells.add(cell.toString());
            lines.add(new Line(start, List.copyOf(cells)));
        }
        return lines;
    }
}
