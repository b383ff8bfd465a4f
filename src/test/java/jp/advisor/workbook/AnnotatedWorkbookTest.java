package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.advisor.FrozenRules;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.Explanation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * A small 様式-like workbook holding a few of the seed submission's rating cells, evaluated on the frozen rules and
 * annotated. Strategies sheet: ward columns A–F, so suggestions for C, D, E go to H, I, J after blank G; initiatives
 * sheet: A–E, suggestions for C, D, E go to G, H, I.
 */
class AnnotatedWorkbookTest {

    static final String STRATEGIES = "めざす成果および戦略";
    static final String INITIATIVES = "具体的取組";
    static final String S61 = "strategies/6-1";
    static final String S71 = "strategies/7-1@1-(2)-ア";

    static final Map<String, CellRef> RATING_CELLS = Map.of(
            S61 + "/outcomes/0", new CellRef(STRATEGIES, 2, 2),
            S61 + "/overall", new CellRef(STRATEGIES, 2, 3),
            S61 + "/progress", new CellRef(STRATEGIES, 2, 4),
            S71 + "/outcomes/0", new CellRef(STRATEGIES, 4, 2),
            S71 + "/outcomes/1", new CellRef(STRATEGIES, 5, 2),
            S71 + "/overall", new CellRef(STRATEGIES, 4, 3),
            S71 + "/progress", new CellRef(STRATEGIES, 4, 4),
            S61 + "/initiatives/6-1-2/achievement", new CellRef(INITIATIVES, 2, 2),
            S61 + "/initiatives/6-1-2/execution", new CellRef(INITIATIVES, 2, 3),
            S61 + "/initiatives/6-1-2/effectiveness", new CellRef(INITIATIVES, 2, 4));

    static final Evaluation EVALUATION = evaluation();
    static final byte[] ORIGINAL = wardWorkbook();
    static final byte[] ANNOTATED = AnnotatedWorkbook.annotate(ORIGINAL,
            new WorkbookSubmission(seed(), RATING_CELLS), EVALUATION);

    static Submission seed() {
        return new SubmissionReader().read(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
    }

    /** The seed's evaluation, with findings the rules never write: on a strategy, on a withdrawal, and a formula. */
    static Evaluation evaluation() {
        RuleSet ruleSet = new RuleSetLoader().load(FrozenRules.RULES);
        Evaluation e = new Evaluator(() -> ruleSet).evaluate(seed());
        List<Finding> findings = new ArrayList<>(e.findings());
        findings.add(new Finding("ON_STRATEGY", "warning", S71, new Explanation("戦略について", "about the strategy"),
                Map.of(), "test"));
        findings.add(new Finding("ON_WITHDRAWAL", "info", S61 + "/initiatives/6-1-2/withdrawal",
                new Explanation("撤退基準について", "about the withdrawal criterion"), Map.of(), "test"));
        findings.add(new Finding("FORMULA", "error", S61 + "/overall",
                new Explanation("=HYPERLINK(\"http://example.com\",\"x\")", "=1+1"), Map.of("=A1", "=B2"), "=C3"));
        return new Evaluation(e.ruleSet(), e.organization(), e.fiscalYear(), e.strategies(), findings);
    }

    /** Self-ratings as the seed has them, with the kinds of cell a ward's sheet holds around them. */
    static byte[] wardWorkbook() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet strategies = book.createSheet(STRATEGIES);
            text(strategies, 0, 0, "平成28年度 大正区 運営方針");
            row(strategies, 1, "戦略", "アウトカム", "個別", "全体", "進捗", "数値");
            row(strategies, 2, "6-1", "地域で支え合っている割合", "A", "A", "b");
            strategies.getRow(2).createCell(5).setCellValue(54.1);
            row(strategies, 4, "7-1", "指標1", "B", "A", "a");
            strategies.getRow(4).createCell(5).setCellFormula("F3*2");
            row(strategies, 5, "", "指標2", "A");
            strategies.getRow(5).createCell(5).setCellValue(true);
            strategies.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
            strategies.addMergedRegion(new CellRangeAddress(4, 5, 4, 4));
            ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
            Comment note = strategies.createDrawingPatriarch().createCellComment(anchor);
            note.setString(book.getCreationHelper().createRichTextString("区のメモ"));
            note.setAuthor("大正区");
            strategies.getRow(2).getCell(1).setCellComment(note);

            Sheet initiatives = book.createSheet(INITIATIVES);
            row(initiatives, 1, "取組", "内容", "達成状況", "（ア）（イ）", "有効性");
            row(initiatives, 2, "6-1-2", "見守り活動");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void row(Sheet sheet, int index, String... values) {
        for (int c = 0; c < values.length; c++) {
            text(sheet, index, c, values[c]);
        }
    }

    static void text(Sheet sheet, int row, int column, String value) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        r.createCell(column).setCellValue(value);
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of a workbook as {@code sheet!A1 → type: value}, formulas by their text. */
    static Map<String, String> cells(XSSFWorkbook book) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String value = switch (cell.getCellType()) {
                        case FORMULA -> cell.getCellFormula();
                        case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                        default -> cell.getStringCellValue();
                    };
                    cells.put(sheet.getSheetName() + "!" + cell.getAddress(), cell.getCellType() + ": " + value);
                }
            }
        }
        return cells;
    }

    static Evaluation.Rating overall71() {
        return EVALUATION.strategies().stream().filter(s -> s.id().equals("7-1@1-(2)-ア")).findFirst().orElseThrow()
                .overall();
    }

    static Cell cell(XSSFWorkbook book, String sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return book.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
    }

    static short fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColor();
    }

    static Row findingRow(Sheet sheet, String code) {
        return findingRow(sheet, 1, code);
    }

    /** The row whose cell in {@code column} reads {@code text}. */
    static Row findingRow(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + text);
    }

    @Test
    void everyCellTheWardWroteKeepsItsPlaceTypeAndValueAndNothingIsWrittenAmongThem() throws IOException {
        try (XSSFWorkbook before = open(ORIGINAL); XSSFWorkbook after = open(ANNOTATED)) {
            Map<String, String> original = cells(before);
            Map<String, String> annotated = cells(after);
            assertThat(original).hasSizeGreaterThan(20);
            original.forEach((address, value) -> assertThat(annotated).containsEntry(address, value));
            assertThat(annotated.keySet()).filteredOn(a -> a.startsWith(STRATEGIES + "!"))
                    .filteredOn(a -> !original.containsKey(a))
                    .allSatisfy(a -> assertThat(new CellAddress(a.substring(a.indexOf('!') + 1)).getColumn())
                            .as("new cells only right of the ward's columns and a blank one").isGreaterThan(6));
            assertThat(after.getSheet(STRATEGIES).getCellComment(new CellAddress("B3")).getString().getString())
                    .isEqualTo("区のメモ");
            assertThat(after.getSheet(STRATEGIES).getMergedRegions()).contains(CellRangeAddress.valueOf("D5:D6"));
        }
    }

    @Test
    void eachSelfRatingColumnGetsASuggestionColumnHeadedInBothLanguagesOnTheSameRows() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            assertThat(cell(book, STRATEGIES, "H2").getStringCellValue()).startsWith("提案：個別").contains("suggested");
            assertThat(cell(book, STRATEGIES, "I2").getStringCellValue()).startsWith("提案：全体");
            assertThat(cell(book, INITIATIVES, "H2").getStringCellValue()).startsWith("提案：（ア）（イ）");
            assertThat(cell(book, STRATEGIES, "H6").getStringCellValue()).isEqualTo("A");
            assertThat(book.getSheet(STRATEGIES).getMergedRegions()).contains(CellRangeAddress.valueOf("I5:I6"));
        }
    }

    @Test
    void aSuggestionThatAgreesIsPlainAndOneThatDiffersIsOrangeAndMarked() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            Cell agrees = cell(book, STRATEGIES, "H3");
            assertThat(agrees.getStringCellValue()).isEqualTo("A");
            assertThat(fill(agrees)).isNotIn(IndexedColors.LIGHT_ORANGE.getIndex(), IndexedColors.LIGHT_YELLOW.getIndex());
            Cell differs = cell(book, STRATEGIES, "I5");
            assertThat(overall71().value()).isEqualTo("B");
            assertThat(differs.getStringCellValue()).isEqualTo("≠ B");
            assertThat(fill(differs)).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
            assertThat(cell(book, STRATEGIES, "J3").getStringCellValue()).isEqualTo("≠ a");
        }
    }

    @Test
    void aCellAPersonMustDecideIsYellowAndSaysSo() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            Cell review = cell(book, INITIATIVES, "H3");
            assertThat(review.getStringCellValue()).isEqualTo("要確認");
            assertThat(fill(review)).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        }
    }

    @Test
    void aBlankSelfRatingIsMarkedLikeADifferentOneAndTheCommentSaysItIsBlank() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            Cell blank = cell(book, INITIATIVES, "G3");
            assertThat(blank.getStringCellValue()).isEqualTo("≠ ①");
            assertThat(fill(blank)).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
            assertThat(blank.getCellComment().getString().getString()).contains("自己評価が未記入 / the self-rating is blank");
        }
    }

    @Test
    void aProvisionalValueAPersonMustConfirmIsShownBesideTheWordReview() {
        Evaluation.Rating provisional = new Evaluation.Rating("A", true, "r", new Explanation("仮", "provisional"),
                "B", Map.of(), null);
        assertThat(AnnotatedWorkbook.Mark.of(provisional)).isEqualTo(AnnotatedWorkbook.Mark.REVIEW);
        assertThat(AnnotatedWorkbook.Mark.REVIEW.text(provisional)).isEqualTo("要確認（A）");
    }

    @Test
    void annotatingAnAnnotatedWorkbookAgainKeepsTheFirstListAndAppendsAfterTheFirstSuggestions() throws IOException {
        byte[] twice = AnnotatedWorkbook.annotate(ANNOTATED, new WorkbookSubmission(seed(), RATING_CELLS), EVALUATION);
        try (XSSFWorkbook first = open(ANNOTATED); XSSFWorkbook book = open(twice)) {
            assertThat(book.getSheet("指摘一覧")).isNotNull();
            assertThat(book.getSheet("指摘一覧(2)")).isNotNull();
            cells(first).forEach((address, value) -> assertThat(cells(book)).containsEntry(address, value));
            assertThat(cell(book, STRATEGIES, "M5").getStringCellValue()).isEqualTo("≠ B");
        }
    }

    @Test
    void theCommentGivesTheRuleAndTheReasonInJapaneseAndEnglish() throws IOException {
        Evaluation.Rating overall = overall71();
        try (XSSFWorkbook book = open(ANNOTATED)) {
            Comment comment = cell(book, STRATEGIES, "I5").getCellComment();
            assertThat(comment.getAuthor()).isEqualTo("評価アドバイザー");
            assertThat(comment.getString().getString())
                    .contains("ルール rule: " + overall.rule())
                    .contains("説明: " + overall.explanation().ja())
                    .contains("Explanation: " + overall.explanation().en())
                    .contains("自己評価 self-rating: A")
                    .contains("自己評価と異なる / differs from the self-rating");
        }
    }

    @Test
    void theFindingsSheetSummarisesTheEvaluationAndLinksEachFindingToItsCell() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            XSSFSheet sheet = book.getSheet("指摘一覧");
            assertThat(book.getSheetIndex(sheet)).isEqualTo(2);
            Map<String, String> summary = new LinkedHashMap<>();
            for (int r = 1; r <= 4; r++) {
                summary.put(sheet.getRow(r).getCell(0).getStringCellValue(),
                        sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(summary).containsEntry("組織 organisation", "大正区")
                    .containsEntry("年度 fiscal year", EVALUATION.fiscalYear())
                    .containsEntry("ルールセット rule set", EVALUATION.ruleSet().version())
                    .containsEntry("判定方針 policy", EVALUATION.ruleSet().policy());

            Row overall = findingRow(sheet, "OVERALL_A_WITH_INDIVIDUAL_B");
            assertThat(overall.getCell(0).getStringCellValue()).isEqualTo("警告 warning");
            assertThat(overall.getCell(2).getStringCellValue()).isEqualTo(STRATEGIES + "!D5");
            assertThat(overall.getCell(3).getStringCellValue()).contains("全体");
            assertThat(overall.getCell(4).getStringCellValue()).isNotBlank();
            Hyperlink link = overall.getCell(2).getHyperlink();
            assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(link.getAddress()).isEqualTo("'" + STRATEGIES + "'!D5");
            assertThat(target(book, link.getAddress()).getStringCellValue()).as("the ward's 全体 of 7-1").isEqualTo("A");

            assertThat(findingRow(sheet, "ON_STRATEGY").getCell(2).getHyperlink().getAddress())
                    .as("a strategy's finding goes to its row").isEqualTo("'" + STRATEGIES + "'!D5");
            assertThat(findingRow(sheet, "ON_WITHDRAWAL").getCell(2).getHyperlink().getAddress())
                    .as("an initiative's to its row").isEqualTo("'" + INITIATIVES + "'!C3");
            Row elsewhere = findingRow(sheet, "RESULT_DOES_NOT_MEASURE_TARGET");
            assertThat(elsewhere.getCell(2).getStringCellValue()).startsWith("strategies/");
            assertThat(elsewhere.getCell(2).getHyperlink()).as("a cell not in the workbook has no link").isNull();

            int header = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
            assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("重要度 severity");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith(new CellAddress(header, 0).formatAsString());
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getLastRowNum() - header).isEqualTo(EVALUATION.findings().size());
        }
    }

    @Test
    void theFindingsSheetPrintsOnA3LandscapeOnePageWideWithItsHeadingsOnEveryPage() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            XSSFSheet sheet = book.getSheet("指摘一覧");
            int header = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as("as many pages down as it takes").isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
        }
    }

    @Test
    void aFindingsRowIsAsTallAsItsWrappedMessageAndTheLegendWrapsOverTheListsWidth() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            XSSFSheet sheet = book.getSheet("指摘一覧");
            Row overall = findingRow(sheet, "OVERALL_A_WITH_INDIVIDUAL_B");
            Cell message = overall.getCell(3);
            assertThat(message.getCellStyle().getWrapText()).isTrue();
            assertThat(overall.getHeightInPoints()).isGreaterThanOrEqualTo(
                    RowHeights.points(message.getStringCellValue(), sheet.getColumnWidth(3) / 256.0, 11))
                    .isGreaterThan(sheet.getDefaultRowHeightInPoints());
            Row legend = findingRow(sheet, 0, "凡例 legend");
            assertThat(legend.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(legend.getRowNum(), legend.getRowNum(), 1,
                    AnnotatedWorkbook.FINDING_COLUMNS.size() - 1));
        }
    }

    @Test
    void theWardsRowAboveTheRatingsGrowsToShowTheSuggestionsHeadingAndNoRowShrinks() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED); XSSFWorkbook before = open(ORIGINAL)) {
            // 「提案：戦略の進捗状況\nsuggested strategy progress」 takes five lines in its column.
            assertThat(book.getSheet(STRATEGIES).getRow(1).getHeightInPoints())
                    .isGreaterThanOrEqualTo(RowHeights.points(4, 11));
            for (Row row : before.getSheet(STRATEGIES)) {
                assertThat(book.getSheet(STRATEGIES).getRow(row.getRowNum()).getHeightInPoints())
                        .isGreaterThanOrEqualTo(row.getHeightInPoints());
            }
        }
    }

    static Cell target(XSSFWorkbook book, String address) {
        CellReference ref = new CellReference(address);
        return book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    @Test
    void aFindingThatLooksLikeAFormulaIsStoredAsText() throws IOException {
        try (XSSFWorkbook book = open(ANNOTATED)) {
            Row row = findingRow(book.getSheet("指摘一覧"), "FORMULA");
            assertThat(Stream.of(3, 4, 5, 6).map(row::getCell))
                    .allSatisfy(c -> assertThat(c.getCellType()).isEqualTo(CellType.STRING))
                    .extracting(Cell::getStringCellValue)
                    .containsExactly("=HYPERLINK(\"http://example.com\",\"x\")", "=1+1", "=A1 = =B2", "=C3");
        }
    }

    @Test
    void aRatingCellOnASheetTheWorkbookLacksIsRefused() {
        WorkbookSubmission read = new WorkbookSubmission(seed(),
                Map.of(S61 + "/overall", new CellRef("別のシート", 2, 3)));
        assertThatThrownBy(() -> AnnotatedWorkbook.annotate(ORIGINAL, read, EVALUATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("別のシート");
    }
}
