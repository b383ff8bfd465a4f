package jp.advisor.policy.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TableAnalyzerTest {

    private static final String FILE = "t.drl.csv";

    /** Lines 1–9; data rows start on line 10. Columns: A name, B 以上, C 超, D 以下, E 未満, F action. */
    private static final String HEAD = """
            RuleSet,advisor
            Import,jp.advisor.facts.*
            Notes,テスト用の表

            RuleTable 既定の撤退基準
            NAME,CONDITION,CONDITION,CONDITION,CONDITION,ACTION
            ,$i : InitiativeFact,,,,
            ,achievementRate >= $param,"InitiativeFact(this == $i, achievementRate > $param)","InitiativeFact(this == $i, achievementRate <= $param)","InitiativeFact(this == $i, achievementRate < $param)","$s.action(""$param"");"
            ルール名,達成率（以上）,達成率（超）,達成率（以下）,達成率（未満）,対応
            """;

    private final TableAnalyzer analyzer = new TableAnalyzer();

    private List<TableIssue> analyze(String csv) {
        return analyzer.analyze(FILE, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Rows as {@code name,以上,超,以下,未満,action}. */
    private List<TableIssue> rows(String... rows) {
        return analyze(HEAD + String.join("\n", rows) + "\n");
    }

    @Test
    void reportsTheValuesBetweenTwoRowsThatNoRowCoversAtTheRowAfterTheGap() {
        List<TableIssue> issues = rows(
                "低い,,,,50,REBUILD_PROJECT",
                "高い,60,,,,NONE");

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.GAP);
            assertThat(i.range()).isEqualTo("[50, 60)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!B11");
            assertThat(i.file()).isEqualTo(FILE);
            assertThat(i.table()).isEqualTo("既定の撤退基準");
            assertThat(i.messageJa()).contains("50以上60未満の値に当たる行がありません");
            assertThat(i.messageEn()).contains("at least 50 and below 60");
        });
    }

    @Test
    void reportsAnUncoveredEndOfTheLineUpToInfinity() {
        List<TableIssue> issues = rows(
                "低い,,,,50,REBUILD_PROJECT",
                "中,50,,,60,RECONSIDER_METHOD");

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.GAP);
            assertThat(i.range()).isEqualTo("[60, +∞)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!E11");
            assertThat(i.messageJa()).contains("60以上の値に当たる行がありません");
        });
    }

    @Test
    void reportsValuesTwoRowsWithDifferentActionsBothCoverNamingBothCells() {
        List<TableIssue> issues = rows(
                "低い,,,,60,REBUILD_PROJECT",
                "高い,50,,,,NONE");

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.OVERLAP);
            assertThat(i.range()).isEqualTo("[50, 60)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!B11");
            assertThat(i.messageJa()).contains("50以上60未満の値には", "E10", "B11", "答え（ACTION）が異なります");
            assertThat(i.messageEn()).contains("rows E10 and B11");
        });
    }

    @Test
    void letsRowsWithTheSameActionsOverlap() {
        assertThat(rows(
                "低い,,,,60,NONE",
                "高い,50,,,,NONE")).isEmpty();
    }

    @Test
    void reportsBelowAndAboveTheSameValueAsABoundaryMixUpNotAOnePointGap() {
        List<TableIssue> issues = rows(
                "低い,,,,50,REBUILD_PROJECT",
                "高い,,50,,,NONE");

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.BOUNDARY_MIXUP);
            assertThat(i.range()).isEqualTo("[50, 50]");
            assertThat(i.cell()).isEqualTo("t.drl.csv!C11");
            assertThat(i.messageJa()).contains(
                    "50ちょうどの値はどちらの行にも当たりません：「未満」と「超」の組み合わせです。どちらかを「以下」または「以上」にしてください",
                    "E10の「未満」を「以下」に", "C11の「超」を「以上」に");
            assertThat(i.messageEn()).contains("exactly 50 falls in neither row");
        });
    }

    @Test
    void reportsAtMostAndAtLeastTheSameValueWithDifferentActionsAsABoundaryMixUpNotAOnePointOverlap() {
        List<TableIssue> issues = rows(
                "低い,,,50,,REBUILD_PROJECT",
                "高い,50,,,,NONE");

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.BOUNDARY_MIXUP);
            assertThat(i.range()).isEqualTo("[50, 50]");
            assertThat(i.cell()).isEqualTo("t.drl.csv!B11");
            assertThat(i.messageJa()).contains("50ちょうどの値は両方の行に当たり", "「以下」と「以上」の組み合わせです",
                    "どちらかを「未満」または「超」にしてください", "D10", "B11");
            assertThat(i.messageEn()).contains("exactly 50 falls in both rows");
        });
    }

    @Test
    void reportsARowWhoseOwnCellsNoValueSatisfiesAsNeverFiring() {
        List<TableIssue> issues = rows(
                "低い,,,,50,REBUILD_PROJECT",
                "高い,50,,,,NONE",
                "矛盾,60,,,50,ABOLISH");

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.NEVER_FIRES);
            assertThat(i.range()).isEqualTo("∅");
            assertThat(i.cell()).isEqualTo("t.drl.csv!E12");
            assertThat(i.messageJa()).contains("「60以上」と「50未満」を同時に満たす値はない", "決して当たりません");
            assertThat(i.messageEn()).contains("at least 60 and below 50", "never fires");
        });
    }

    @Test
    void findsNothingInATableThatSplitsTheLineOnceWithTwoDifferentAnswers() {
        assertThat(rows(
                "低い,,,,50,REBUILD_PROJECT",
                "高い,50,,,,NONE")).isEmpty();
        assertThat(rows(
                "低い,,,50,,REBUILD_PROJECT",
                "高い,,50,,,NONE")).isEmpty();
    }

    @Test
    void comparesDecimalsExactly() {
        assertThat(rows(
                "低い,,,,0.1,REBUILD_PROJECT",
                "高い,0.10,,,,NONE")).isEmpty();
        assertThat(rows(
                "低い,,,,0.1,REBUILD_PROJECT",
                "高い,0.11,,,,NONE")).singleElement()
                .satisfies(i -> assertThat(i.range()).isEqualTo("[0.1, 0.11)"));
    }

    private static final String WITH_METHOD = """
            RuleSet,advisor
            Import,jp.advisor.facts.*

            RuleTable 方式ごとの基準
            NAME,CONDITION,CONDITION,CONDITION,ACTION
            ,$i : InitiativeFact,,,
            ,"policyName == ""$param""\","InitiativeFact(this == $i, achievementRate >= $param)","InitiativeFact(this == $i, achievementRate < $param)","$s.action(""$param"");"
            ルール名,方式,達成率（以上）,達成率（未満）,対応
            """;

    @Test
    void analysesEachCaseOfTheSymbolicColumnsOnItsOwn() {
        List<TableIssue> issues = analyze(WITH_METHOD + """
                a,厳しい,,60,REBUILD_PROJECT
                b,厳しい,60,,NONE
                c,ゆるい,,40,REBUILD_PROJECT
                d,ゆるい,50,,NONE
                """);

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.GAP);
            assertThat(i.range()).isEqualTo("[40, 50)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!C12");
            assertThat(i.messageJa()).contains("方式が「ゆるい」のとき", "40以上50未満の値に当たる行がありません");
            assertThat(i.messageEn()).contains("policyName is \"ゆるい\"");
        });
    }

    @Test
    void letsARowWithABlankSymbolicCellJoinEveryCase() {
        List<TableIssue> issues = analyze(WITH_METHOD + """
                a,厳しい,,60,REBUILD_PROJECT
                b,厳しい,60,,NONE
                c,,90,,ABOLISH
                """);

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.OVERLAP);
            assertThat(i.range()).isEqualTo("[90, +∞)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!C11");
        });
    }

    /** The layout of rules/withdrawal-default.drl.csv: a symbolic flag, and fixed constraints beside $param. */
    private static final String DEFAULT_WITHDRAWAL = """
            RuleSet,advisor
            Import,jp.advisor.facts.*
            Notes,既定の撤退基準

            RuleTable 撤退基準の記載がない取組の既定の基準
            NAME,CONDITION,CONDITION,CONDITION,ACTION,ACTION
            ,$i : InitiativeFact,,,,
            ,withdrawalMissing == $param,"InitiativeFact(this == $i, achievementRate != null, achievementRate >= $param)","InitiativeFact(this == $i, achievementRate != null, achievementRate < $param)","Suggest $s = Suggest.initiative($i, Cell.WITHDRAWAL).triggered($param);","$s.action(""$param""); insert($s.build());"
            ルール名,撤退基準の記載なし（true）,達成率（以上）,達成率（未満）,撤退基準に当たる,対応コード
            未満なら再構築,true,,%s,true,REBUILD_PROJECT
            以上なら当たらない,true,%s,,false,
            """;

    @Test
    void showsTheGapWhenOnlyOneOfTwoMatchingBoundariesIsChanged() {
        assertThat(analyze(DEFAULT_WITHDRAWAL.formatted("50", "50"))).isEmpty();

        assertThat(analyze(DEFAULT_WITHDRAWAL.formatted("50", "55"))).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.GAP);
            assertThat(i.range()).isEqualTo("[50, 55)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!C11");
        });
        assertThat(analyze(DEFAULT_WITHDRAWAL.formatted("55", "50"))).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(TableIssue.OVERLAP));
    }

    private static final String TWO_FIELDS = """
            RuleSet,advisor

            RuleTable 二つの数値
            NAME,CONDITION,CONDITION,CONDITION,CONDITION,ACTION
            ,$i : InitiativeFact,,,,
            ,achievementRate >= $param,"InitiativeFact(this == $i, achievementRate < $param)","InitiativeFact(this == $i, count >= $param)","InitiativeFact(this == $i, count < $param)","$s.action(""$param"");"
            ルール名,達成率（以上）,達成率（未満）,件数（以上）,件数（未満）,対応
            """;

    @Test
    void looksForAGapInOneFieldWithinEachStretchOfTheOtherAndReportsItOnce() {
        assertThat(analyze(TWO_FIELDS + """
                a,,50,,,REBUILD_PROJECT
                b,50,,,3,CHECK
                c,50,,3,,NONE
                """)).isEmpty();

        List<TableIssue> issues = analyze(TWO_FIELDS + """
                a,,50,,,REBUILD_PROJECT
                b,50,,,3,CHECK
                c,60,,3,,NONE
                """);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.GAP);
            assertThat(i.range()).isEqualTo("[50, 60)");
            assertThat(i.cell()).isEqualTo("t.drl.csv!B10");
            assertThat(i.messageJa()).startsWith("達成率（件数が3以上のとき）：50以上60未満の値に当たる行がありません");
            assertThat(i.messageEn()).startsWith("achievementRate (when count is at least 3): no row covers values");
        });
    }

    @Test
    void doesNotCallRowsThatDifferInAnotherFieldAnOverlap() {
        assertThat(analyze(TWO_FIELDS + """
                a,,60,,3,REBUILD_PROJECT
                b,50,,3,,NONE
                c,,50,3,,CHECK
                d,60,,,3,KEEP
                """)).noneMatch(i -> i.kind().equals(TableIssue.OVERLAP));
    }

    private static final String GROUPED = """
            RuleSet,advisor

            RuleTable 先に当たる行が決まる表
            NAME,CONDITION,ACTION,PRIORITY,ACTIVATION-GROUP
            ,$i : InitiativeFact,,,
            ,achievementRate >= $param,"$s.action(""$param"");",,
            ルール名,達成率（以上）,対応,優先度,グループ
            """;

    @Test
    void reportsARowThatHigherPriorityRowsOfItsActivationGroupAlwaysPreEmptAsNeverFiring() {
        List<TableIssue> issues = analyze(GROUPED + """
                全部,,NONE,1,g
                半分以上,50,KEEP,10,g
                六割以上,60,CHECK,5,g
                """);

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TableIssue.NEVER_FIRES);
            assertThat(i.cell()).isEqualTo("t.drl.csv!B10");
            assertThat(i.range()).isEqualTo("[60, +∞)");
            assertThat(i.messageJa()).contains("B9", "ACTIVATION-GROUP「g」");
        });
    }

    @Test
    void letsEveryMatchingRowFireWhenThereIsNoActivationGroupWhateverItsPriority() {
        List<TableIssue> issues = analyze(GROUPED + """
                全部,,NONE,1,
                半分以上,50,KEEP,10,
                """);

        assertThat(issues).extracting(TableIssue::kind).containsExactly(TableIssue.OVERLAP);
    }

    @Test
    void addressesCellsByTheLineTheyStartOnWhenAQuotedCellSpansLines() {
        String csv = HEAD.replace("Notes,テスト用の表", "Notes,\"二行の\n注記\"") + "低い,,,,50,REBUILD_PROJECT\n高い,60,,,,NONE\n";

        assertThat(analyze(csv)).singleElement()
                .satisfies(i -> assertThat(i.cell()).isEqualTo("t.drl.csv!B12"));
    }

    @Test
    void findsNothingInTablesWithoutNumericConditions() {
        assertThat(analyze(WITH_METHOD.replace("achievementRate >= $param", "achievementRate == null || true")
                .replace("achievementRate < $param", "note == \"\"$param\"\"") + """
                a,厳しい,x,y,REBUILD_PROJECT
                b,厳しい,x,y,NONE
                """)).isEmpty();
        // A number-shaped snippet over cells that are not all numbers is symbolic too.
        assertThat(analyze(GROUPED + """
                低い,五十,REBUILD_PROJECT,,
                高い,,NONE,,
                """)).isEmpty();
    }

    @Test
    void neverThrowsOnOddInputAndReportsNothingForTablesDroolsWouldRefuse() {
        List<String> odd = List.of(
                "",
                "\n\n\n",
                "RuleSet,advisor\n",
                "RuleTable x\n",
                "RuleTable x\nNAME,CONDITION\n",
                "RuleTable x\nNAME,ACTION\n,\n,x\nl\nrow,1\n",
                "RuleTable x\nNAME,WHATEVER\n,\n,x >= $param\nl\nrow,1\n",
                "RuleTable x\nNAME,CONDITION\n,$i : T\n,\nl\nrow,1\n",
                "RuleTable x\nNAME,CONDITION,ACTION\n,$i : T,\n,x >= $param,a\nl\n\"unterminated,1,2\n",
                "RuleTable x\nRuleTable y\nNAME,CONDITION,ACTION\n,$i : T,\n,x >= $param,a\nl\nr,1,a\nr,,b\n",
                "RuleTable x\nNAME,CONDITION,ACTION\n,$i : T,\n,x >= $param,a\nl,,\nr,1e999,a\nr,-1e999,b\nr,,c\n",
                "RuleTable x\nNAME,CONDITION,ACTION\n,$i : T...,\n,x >= $param...,a\nl\nr,1,a\n",
                "\uFEFFRuleTable x\r\nNAME,C,A\r\n,$i : T,\r\n,x < $param,a\r\nl\r\nr,1,a\r\nr,,b\r\n");
        for (String csv : odd) {
            assertThatCode(() -> analyze(csv)).as(csv).doesNotThrowAnyException();
        }
        assertThat(analyze("RuleTable x\nNAME,WHATEVER\n,\n,x >= $param\nl\nrow,1\n")).isEmpty();
        assertThat(analyzer.analyze(null, null)).isEmpty();

        Random random = new Random(17);
        for (int n = 0; n < 300; n++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            byte[] withHead = (HEAD + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.UTF_8);
            assertThatCode(() -> analyzer.analyze(FILE, bytes)).doesNotThrowAnyException();
            assertThatCode(() -> analyzer.analyze(FILE, withHead)).doesNotThrowAnyException();
        }
    }

    @Test
    void analysesAnExcelTableLikeTheSameTableInCsvWithTheSameCells() {
        List<String> tables = List.of(
                HEAD + "低い,,,,50,REBUILD_PROJECT\n高い,60,,,,NONE\n",
                HEAD + "低い,,,,60,REBUILD_PROJECT\n高い,50,,,,NONE\n",
                HEAD + "低い,,,,50,REBUILD_PROJECT\n高い,,50,,,NONE\n",
                HEAD + "低い,,,,0.1,REBUILD_PROJECT\n高い,0.15,,,,NONE\n",
                HEAD + "無理,60,,,50,REBUILD_PROJECT\n全部,,,,,NONE\n",
                WITH_METHOD + "a,厳しい,,50,REBUILD_PROJECT\nb,厳しい,60,,NONE\nc,緩い,,40,REBUILD_PROJECT\nd,緩い,40,,NONE\n",
                GROUPED + "全部,,NONE,1,g\n半分以上,50,KEEP,10,g\n六割以上,60,CHECK,5,g\n",
                // a "..." stretch in CSV is a merged stretch in Excel
                HEAD.replace(",$i : InitiativeFact,,,,", ",$i : InitiativeFact...,...,,,")
                        + "低い,,,,50,REBUILD_PROJECT\n高い,60,,,,NONE\n");
        int found = 0;
        for (String csv : tables) {
            List<TableIssue> fromCsv = analyze(csv);
            byte[] xlsx = jp.advisor.TableWorkbooks.fromCsv(csv.getBytes(StandardCharsets.UTF_8));
            List<TableIssue> fromExcel = analyzer.analyze("t.drl.xlsx", xlsx);

            assertThat(fromExcel).as(csv).hasSameSizeAs(fromCsv);
            for (int n = 0; n < fromCsv.size(); n++) {
                TableIssue c = fromCsv.get(n);
                assertThat(fromExcel.get(n)).isEqualTo(new TableIssue("t.drl.xlsx", c.table(),
                        c.cell() == null ? null : c.cell().replace("t.drl.csv!", "t.drl.xlsx!"), c.kind(),
                        c.messageJa(), c.messageEn(), c.range()));
            }
            found += fromCsv.size();
        }
        assertThat(found).isGreaterThanOrEqualTo(tables.size());
        assertThat(analyzer.analyze("t.drl.xlsx", jp.advisor.TableWorkbooks.fromCsv(tables.get(0)
                .getBytes(StandardCharsets.UTF_8)))).singleElement()
                .satisfies(i -> assertThat(i.cell()).isEqualTo("t.drl.xlsx!B11"));
    }

    @Test
    void neverThrowsOnWhatIsNotAWorkbook() {
        for (byte[] bytes : List.of(new byte[0], "RuleTable x".getBytes(StandardCharsets.UTF_8), new byte[] {0x50, 0x4B, 3, 4})) {
            assertThat(analyzer.analyze("t.drl.xlsx", bytes)).isEmpty();
        }
    }

    @Test
    void analysesEveryTableOfTheRulesFolderWithoutThrowing() throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.list(jp.advisor.FrozenRules.RULES)) {
            tables = files.filter(p -> p.getFileName().toString().endsWith(".drl.csv")).toList();
        }
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            byte[] bytes = Files.readAllBytes(table);
            assertThatCode(() -> analyzer.analyze(table.getFileName().toString(), bytes))
                    .as(table.toString()).doesNotThrowAnyException();
        }
    }
}
