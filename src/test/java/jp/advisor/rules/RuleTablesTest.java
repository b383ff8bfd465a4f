package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.junit.jupiter.api.Test;

import jp.advisor.FrozenRules;
import jp.advisor.TableWorkbooks;

class RuleTablesTest {

    private static final Pattern RULE_VALUES = Pattern.compile("// rule values at ([A-Z]+\\d+), header at ([A-Z]+\\d+)");

    /** Each rule the compiler makes, as 「first cell of its row @ RuleTable cell」. */
    private static List<String> compiledRows(String name, byte[] bytes) {
        List<String> rows = new ArrayList<>();
        Matcher m = RULE_VALUES.matcher(DecisionTables.generatedDrl(name, bytes));
        while (m.find()) {
            rows.add(m.group(1) + "@" + m.group(2));
        }
        return rows;
    }

    private static List<String> readRows(String name, byte[] bytes) {
        List<String> rows = new ArrayList<>();
        for (RuleTables.RuleTable t : RuleTables.read(name, bytes).tables()) {
            for (RuleTables.Row r : t.data()) {
                rows.add(RuleTables.cellName(t.column(), r.line()) + "@" + RuleTables.cellName(t.column(), t.line()));
            }
        }
        return rows;
    }

    @Test
    void findsTheRowsTheCompilerMakesRulesOfInCsvAndInExcel() throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.list(FrozenRules.RULES)) {
            tables = files.filter(p -> DecisionTables.isTable(p.getFileName().toString())).sorted().toList();
        }
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            byte[] csv = Files.readAllBytes(table);
            byte[] xlsx = TableWorkbooks.fromCsv(csv);
            assertThat(readRows("t.drl.csv", csv)).as(table.toString()).isNotEmpty()
                    .isEqualTo(compiledRows("t.drl.csv", csv));
            assertThat(readRows("t.drl.xlsx", xlsx)).as(table.toString()).isEqualTo(compiledRows("t.drl.xlsx", xlsx));
        }
    }

    @Test
    void keepsEachCellAtItsRowAndColumnWithTablesNotInColumnAAndTheirProperties() {
        String csv = """
                Sequential,true
                ,memo,RuleTable 右の表
                ,,CONDITION,ACTION
                ,,$i : T...,
                ,,"x >= $param, y < 1",a
                ,,以上,答え
                ,左の注記,10,"a,b"
                ,,20,c

                ,,30,d
                """;
        RuleTables.Sheet sheet = RuleTables.read("t.drl.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.sequential()).isTrue();
        assertThat(sheet.row(7).cell(3)).isEqualTo("a,b");
        assertThat(sheet.row(4).mergedCell(2)).isEqualTo("$i : T");
        assertThat(sheet.tables()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("右の表");
            assertThat(RuleTables.cellName(t.column(), t.line())).isEqualTo("C2");
            assertThat(t.kinds()).containsEntry(2, RuleTables.Kind.CONDITION).containsEntry(3, RuleTables.Kind.ACTION);
            assertThat(t.snippets().cell(2)).isEqualTo("x >= $param, y < 1");
            assertThat(t.data()).extracting(RuleTables.Row::line).containsExactly(7, 8); // the blank row ends it
        });
        assertThat(RuleTables.read("t.drl.csv", "RuleTable x\nNAME,WHATEVER\n".getBytes(StandardCharsets.UTF_8))
                .tables()).singleElement().satisfies(t -> assertThat(t.kinds()).isNull());
        assertThat(RuleTables.read("t.drl.xlsx", new byte[] {1, 2, 3}).rows()).isEmpty();
    }

    @Test
    void writesEveryCellSoThatDroolsOwnLineParserReadsItBackAsWritten() {
        List<List<String>> lines = List.of(
                List.of("C", "$i : InitiativeFact", "撤退基準：達成率50%以上なら当たらない"),
                List.of("achievementRate >= $1, achievementRate < $2", "50, 100", "非該当"),
                List.of("\"引用\"で始まる", "途中に\"引用\"がある", "\"", "\"\"", ",", "a,\"b\",c"),
                List.of("", "空のあとの値", " 前後に空白 ", "戦略の有効性...", "ア"),
                List.of("全角，読点と「かぎ」", "改行\\n（文字として）", "REBUILD_PROJECT"));
        for (List<String> cells : lines) {
            String line = RuleTables.csvLine(cells);
            assertThat(new CsvLineParser().parse(line)).as(line).containsExactlyElementsOf(cells);
        }
    }

    @Test
    void quotesOnlyTheCellsThatNeedItSoAnEditedLineKeepsItsOtherCellsAsWritten() {
        assertThat(RuleTables.csvLine(List.of("50", " 前後に空白 ", "達成率 50%", "a,b", "say \"A\"")))
                .isEqualTo("50, 前後に空白 ,達成率 50%,\"a,b\",\"say \"\"A\"\"\"");
    }
}
