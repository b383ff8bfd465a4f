package jp.advisor.policy.strength;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The mutants of a CSV decision table's rows: each number in a condition column one step up and one step down
 * (50 → 49, 51; 59.9 → 59.8, 60.0), and each short value of a column (true/false, A/B, ア/イ, an action code) swapped
 * for the column's other values. Only the rows under the label row of each {@code RuleTable} are changed.
 */
final class TableMutants {

    /** Values longer than this are sentences (explanations), not symbols. */
    private static final int SYMBOL_LENGTH = 20;
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private TableMutants() {
    }

    static List<Mutant> of(String file, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(cells(line));
        }
        List<Mutant> mutants = new ArrayList<>();
        for (int t = 0; t < rows.size(); t++) {
            if (!first(rows.get(t)).startsWith("RuleTable")) {
                continue;
            }
            // RuleTable, then the kinds row (NAME/CONDITION/ACTION), the object row, the code row, the label row.
            int kindsRow = t + 1;
            int dataStart = t + 5;
            if (kindsRow >= rows.size()) {
                break;
            }
            List<String> kinds = rows.get(kindsRow);
            int dataEnd = dataStart;
            while (dataEnd < rows.size() && !rows.get(dataEnd).stream().allMatch(String::isBlank)
                    && !first(rows.get(dataEnd)).startsWith("RuleTable")) {
                dataEnd++;
            }
            for (int col = 0; col < kinds.size(); col++) {
                String kind = kinds.get(col).strip().toUpperCase(java.util.Locale.ROOT);
                if (!kind.startsWith("CONDITION") && !kind.startsWith("ACTION")) {
                    continue;
                }
                Set<String> values = new LinkedHashSet<>();
                for (int r = dataStart; r < dataEnd; r++) {
                    String v = cell(rows.get(r), col);
                    if (!v.isBlank()) {
                        values.add(v);
                    }
                }
                boolean symbols = values.size() >= 2 && values.stream().allMatch(v -> v.length() <= SYMBOL_LENGTH && !v.contains("{"));
                for (int r = dataStart; r < dataEnd; r++) {
                    String v = cell(rows.get(r), col);
                    if (v.isBlank()) {
                        continue;
                    }
                    List<String> replacements = new ArrayList<>();
                    BigDecimal number = number(v);
                    if (number != null && kind.startsWith("CONDITION")) {
                        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(number.scale(), 0));
                        replacements.add(number.subtract(step).toPlainString());
                        replacements.add(number.add(step).toPlainString());
                    } else if (symbols && number == null) {
                        values.stream().filter(o -> !o.equals(v)).forEach(replacements::add);
                    }
                    for (String to : replacements) {
                        List<String> changed = new ArrayList<>(rows.get(r));
                        changed.set(col, to);
                        String[] copy = lines.clone();
                        copy[r] = line(changed);
                        mutants.add(new Mutant(file, file + "!" + column(col) + (r + 1), v, to,
                                String.join("\n", copy).getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return mutants;
    }

    private static List<String> cells(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(line)) {
            return it.hasNext() ? it.next() : List.of();
        }
    }

    private static String line(List<String> cells) {
        return CSV.writer(CsvSchema.emptySchema()).writeValueAsString(cells).stripTrailing();
    }

    private static String first(List<String> row) {
        return row.isEmpty() ? "" : row.get(0).strip();
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col).strip() : "";
    }

    private static BigDecimal number(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 0 → A, 25 → Z, 26 → AA, as a spreadsheet names columns. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
