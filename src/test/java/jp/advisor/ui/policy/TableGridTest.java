package jp.advisor.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.advisor.rules.RuleTables;

/** The grid of a CSV decision table edits its value rows only: the engine's rows come back byte for byte. */
class TableGridTest {

    private static final String FILE = "withdrawal-default.drl.csv";

    private static String frozen() throws Exception {
        return Files.readString(Path.of("src/test/resources/frozen/rules", FILE), StandardCharsets.UTF_8);
    }

    @Test
    void theGridShowsTheLabelRowAsHeadersAndTheValueRowsWithTheirCellNames() throws Exception {
        TableGrid grid = TableGrid.of(FILE, frozen(), Map.of("D10", List.of("誤り")));
        assertThat(grid.editable()).isTrue();
        TableGrid.Table table = grid.tables().get(0);
        assertThat(table.columns()).extracting(TableGrid.Column::label)
                .startsWith("ルール名（業務上の意味）", "撤退基準の記載なし（true）", "達成率（以上）", "達成率（未満）");
        assertThat(table.columns().get(3).pattern()).isNotNull();
        assertThat(table.columns().get(6).wide()).isTrue();
        assertThat(table.rows()).hasSize(2);
        TableGrid.Cell below = table.rows().get(0).cells().get(3);
        assertThat(below.address()).isEqualTo("D10");
        assertThat(below.value()).isEqualTo("50");
        assertThat(below.messages()).containsExactly("誤り");
        assertThat(table.codeRows()).anySatisfy(code -> assertThat(code).contains("achievementRate < $param"));
    }

    @Test
    void anEditedCellChangesItsRowOnlyAndTheEngineRowsStayAsTheyWere() throws Exception {
        String text = frozen();
        String edited = TableGrid.apply(FILE, text, field -> field.equals(TableGrid.field(0, 0, 3)) ? "49.8"
                : field.equals(TableGrid.field(0, 1, 6)) ? "説明, \"引用\" つき\n改行" : null);
        List<String> before = text.lines().toList();
        List<String> after = edited.lines().toList();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (i != 9 && i != 10) {
                assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
            }
        }
        RuleTables.Sheet sheet = RuleTables.read(FILE, edited.getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.row(10).cell(3)).isEqualTo("49.8");
        assertThat(sheet.row(11).cell(6)).isEqualTo("説明, \"引用\" つき 改行");
        assertThat(sheet.row(11).cell(2)).isEqualTo("50");
        assertThat(edited.endsWith("\n")).isEqualTo(text.endsWith("\n"));
    }

    @Test
    void aRowIsAddedAsACopyOfTheLastNamedApartAndRemovedAgain() throws Exception {
        String text = frozen();
        String added = TableGrid.addRow(FILE, text, 0);
        RuleTables.RuleTable table = RuleTables.read(FILE, added.getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(table.data()).hasSize(3);
        assertThat(table.data().get(2).cell(0)).isEqualTo("既定の撤退基準：達成率50%以上なら当たらない（追加）");
        assertThat(table.data().get(2).cell(2)).isEqualTo("50");
        assertThat(TableGrid.removeRow(FILE, added, 0, 2)).isEqualTo(text);
        String removed = TableGrid.removeRow(FILE, text, 0, 0);
        assertThat(RuleTables.read(FILE, removed.getBytes(StandardCharsets.UTF_8)).tables().get(0).data())
                .singleElement().satisfies(row -> assertThat(row.cell(2)).isEqualTo("50"));
    }

    @Test
    void lineEndsAreKeptAsTheFileHasThem() {
        String crlf = "a\r\nb\r\n";
        assertThat(TableGrid.Lines.of(crlf).text()).isEqualTo(crlf);
        TableGrid.Lines lines = TableGrid.Lines.of("a\nb");
        lines.insertAfter(2, "c");
        assertThat(lines.text()).isEqualTo("a\nb\nc");
    }
}
