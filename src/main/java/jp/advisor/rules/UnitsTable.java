package jp.advisor.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.advisor.facts.Units;
import jp.advisor.reading.JapaneseReader;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads {@code units.csv}, the table of counters that count the same thing: one row per unit as the reader reads it,
 * the unit it is compared as, and whether it counts things (so a bare number may stand for it). Data, not rules: it is
 * not compiled by the engine but travels in the rule set, versioned and published with it.
 */
public final class UnitsTable {

    public static final String FILE = "units.csv";
    static final List<String> HEADER = List.of("単位", "比べるときの単位", "数を数える単位", "説明");

    private UnitsTable() {
    }

    /** The table, or every problem in it, each located to its line and cell (units.csv!B4). */
    public static Units read(byte[] csv) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> compareAs = new HashMap<>();
        Set<String> counting = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<List<String>> rows = rows(csv, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        if (rows.isEmpty() || !rows.get(0).subList(0, Math.min(rows.get(0).size(), 3)).equals(HEADER.subList(0, 3))) {
            throw new RuleSetException(List.of(new RuleProblem(FILE, 1, FILE + "!A1",
                    "1行目は見出し「" + String.join(",", HEADER) + "」にしてください / the first row must be the header "
                            + String.join(",", HEADER))));
        }
        Set<String> known = JapaneseReader.units();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String unit = cell(row, 0);
            String as = cell(row, 1);
            String counts = cell(row, 2);
            if (!known.contains(unit)) {
                problems.add(problem(line, "A", "単位「" + unit + "」は読み取りで使う単位ではありません（使える単位："
                        + String.join("・", known.stream().sorted().toList()) + "） / \"" + unit
                        + "\" is not a unit the reader reads"));
            } else if (seen.containsKey(unit)) {
                problems.add(problem(line, "A", "単位「" + unit + "」は" + seen.get(unit) + "行目にもあります / \""
                        + unit + "\" is listed twice (also line " + seen.get(unit) + ")"));
            }
            seen.putIfAbsent(unit, line);
            if (as.isEmpty()) {
                problems.add(problem(line, "B", "比べるときの単位が空です / the unit compared as is empty"));
            }
            if (!counts.equals("はい") && !counts.equals("いいえ")) {
                problems.add(problem(line, "C", "数を数える単位には「はい」か「いいえ」を書いてください（「" + counts
                        + "」） / write はい or いいえ"));
            }
            compareAs.put(unit, as);
            if (counts.equals("はい")) {
                counting.add(as);
            }
        }
        // A bare number stands for a count only: a unit compared as one counting and one not is a contradiction.
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (cell(row, 2).equals("いいえ") && counting.contains(cell(row, 1))) {
                problems.add(problem(i + 1, "C", "「" + cell(row, 1) + "」として比べる単位が、数を数える単位とそうでない単位に"
                        + "分かれています / units compared as \"" + cell(row, 1) + "\" disagree on whether they count"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new Units(compareAs, counting);
    }

    private static List<List<String>> rows(byte[] csv, List<RuleProblem> problems) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next().stream().map(String::strip).toList());
            }
        } catch (RuntimeException e) {
            problems.add(new RuleProblem(FILE, null, "CSV として読めません / not readable as CSV: " + e.getMessage()));
        }
        return rows;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static RuleProblem problem(int line, String column, String message) {
        return new RuleProblem(FILE, line, FILE + "!" + column + line, message);
    }
}
