package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionReader;

/** A 様式 as staff leave it — columns added or moved, symbols in full width, numbers typed as numbers — still reads. */
class WorkbookReaderTest {

    static final Submission SEED = new SubmissionReader().read(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
    private static final String STRATEGIES = WorkbookLayout.STRATEGIES.name();
    private static final String INITIATIVES = WorkbookLayout.INITIATIVES.name();

    private final WorkbookReader reader = new WorkbookReader();

    @Test
    void anExtraColumnBikouBetweenTheColumnsIsReadPast() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> {
            for (String name : List.of(STRATEGIES, INITIATIVES)) {
                Sheet sheet = book.getSheet(name);
                int last = sheet.getRow(WorkbookLayout.HEADING_ROW).getLastCellNum();
                sheet.getRow(WorkbookLayout.HEADING_ROW).createCell(last).setCellValue("備考");
                for (int r = WorkbookLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                    sheet.getRow(r).createCell(last).setCellValue("確認済み");
                }
            }
        });

        assertThat(reader.read(edited, "x.xlsx").submission()).isEqualTo(SEED);
    }

    @Test
    void columnsInAnotherOrderAreFoundByTheirHeadings() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> {
            swap(book.getSheet(STRATEGIES), column(book, STRATEGIES, "前年度"), column(book, STRATEGIES, "個別"));
            swap(book.getSheet(INITIATIVES), column(book, INITIATIVES, "課題"), column(book, INITIATIVES, "改善策"));
        });

        WorkbookSubmission read = reader.read(edited, "x.xlsx");

        assertThat(read.submission()).isEqualTo(SEED);
        assertThat(read.ratingCells().get("strategies/6-1/outcomes/0").column())
                .isEqualTo(column(WorkbookWriter.write(SEED), STRATEGIES, "前年度"));
    }

    @Test
    void headingsAreComparedWithoutWidthSpacesAndLineBreaks() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> cell(book, STRATEGIES, WorkbookLayout.HEADING_ROW,
                column(book, STRATEGIES, "今後の対応方向・改善策")).setCellValue("今後の対応方向\n・ 改善策"));

        assertThat(reader.read(edited, "x.xlsx").submission()).isEqualTo(SEED);
    }

    @Test
    void aFullWidthRatingIsReadAsTheJsonReaderReadsIt() {
        byte[] written = WorkbookWriter.write(SEED);
        CellRef individual = reader.read(written, "x.xlsx").ratingCells().get("strategies/6-1/outcomes/0");
        byte[] edited = edit(written, book -> cell(book, individual).setCellValue("Ａ"));

        assertThat(reader.read(edited, "x.xlsx").submission().strategies().get(0).outcomes().get(0).selfRating())
                .isEqualTo("A");
    }

    @Test
    void anExecutionTypedInBracketsAsTheSheetWritesItReadsAsItsSymbol() {
        byte[] written = WorkbookWriter.write(SEED);
        CellRef execution = reader.read(written, "x.xlsx").ratingCells().get("strategies/6-1/initiatives/6-1-2/execution");

        for (String[] typed : new String[][] {{"（ア）", "ア"}, {"(イ)", "イ"}}) {
            byte[] edited = edit(written, book -> cell(book, execution).setCellValue(typed[0]));
            assertThat(reader.read(edited, "paren.xlsx").submission().strategies().get(0).initiatives().get(0)
                    .selfAssessment().execution()).as(typed[0]).isEqualTo(typed[1]);
        }
    }

    @Test
    void aPercentStoredAsANumberReadsAsThePercentWritten() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> {
            org.apache.poi.ss.usermodel.Cell value = cell(book, STRATEGIES, firstRowOf(book, "6-1"),
                    column(book, STRATEGIES, "アウトカムの達成状況"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            value.setCellValue(0.541);
            value.setCellStyle(percent);
        });

        assertThat(reader.read(edited, "x.xlsx").submission()).isEqualTo(SEED);
    }

    @Test
    void aWholeNumberReadsWithoutADecimalPoint() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> cell(book, STRATEGIES, firstRowOf(book, "6-1"),
                column(book, STRATEGIES, "前年度")).setCellValue(33.0));

        assertThat(reader.read(edited, "x.xlsx").submission().strategies().get(0).outcomes().get(0).previous())
                .isEqualTo("33");
    }

    @Test
    void aDateReadsAsTheSameIsoDateWhateverTheMachinesLanguage() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> {
            org.apache.poi.ss.usermodel.Cell value = cell(book, STRATEGIES, firstRowOf(book, "6-1"),
                    column(book, STRATEGIES, "アウトカムの達成状況"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14); // Excel's built-in short date, shown in the reader's locale by POI
            value.setCellValue(java.time.LocalDate.of(2017, 3, 31));
            value.setCellStyle(date);
        });
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            for (java.util.Locale locale : List.of(java.util.Locale.US, java.util.Locale.JAPAN, java.util.Locale.GERMANY)) {
                java.util.Locale.setDefault(locale);
                assertThat(reader.read(edited, "x.xlsx").submission().strategies().get(0).outcomes().get(0).value())
                        .as(locale.toString()).isEqualTo("2017-03-31");
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aStrategysCellsMergedOverItsOutcomesReadOnceAndStillReadWhenSplit() {
        byte[] written = WorkbookWriter.write(SEED);
        Strategy twoOutcomes = SEED.strategies().get(1);
        assertThat(twoOutcomes.outcomes()).hasSize(2);
        assertThat(reader.read(written, "x.xlsx").submission().strategies().get(1)).isEqualTo(twoOutcomes);

        byte[] split = edit(written, book -> {
            Sheet sheet = book.getSheet(STRATEGIES);
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
                if (sheet.getMergedRegion(i).getFirstRow() >= WorkbookLayout.FIRST_DATA_ROW) {
                    sheet.removeMergedRegion(i);
                }
            }
        });

        assertThat(reader.read(split, "x.xlsx").submission()).isEqualTo(SEED);
    }

    @Test
    void aMissingRequiredColumnIsNamedWithItsHeadingRow() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> cell(book, STRATEGIES, WorkbookLayout.HEADING_ROW,
                column(book, STRATEGIES, "個別")).setCellValue("個別評価"));

        SubmissionProblem problem = onlyProblem(edited);

        assertThat(problem.source()).isEqualTo("大正区.xlsx");
        assertThat(problem.path()).isEqualTo(STRATEGIES + "!4:4");
        assertThat(problem.messageJa()).contains("個別", "4行目");
        assertThat(problem.messageEn()).contains("個別", "row 4");
    }

    @Test
    void everyUnknownSymbolAndUnreadableFlagIsReportedAtOnceAtItsCell() {
        byte[] written = WorkbookWriter.write(SEED);
        WorkbookSubmission clean = reader.read(written, "x.xlsx");
        CellRef overall = clean.ratingCells().get("strategies/6-1/overall");
        CellRef achievement = clean.ratingCells().get("strategies/6-1/initiatives/6-1-2/achievement");
        byte[] edited = edit(written, book -> {
            cell(book, overall).setCellValue("C");
            cell(book, achievement).setCellValue("④");
            cell(book, INITIATIVES, achievement.row(), column(book, INITIATIVES, "予定どおり実施")).setCellValue("たぶん");
        });

        List<SubmissionProblem> problems = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(edited, "大正区.xlsx")).getProblems();

        assertThat(problems).extracting(SubmissionProblem::path).containsExactlyInAnyOrder(
                overall.describe(), achievement.describe(),
                new CellRef(INITIATIVES, achievement.row(), column(written, INITIATIVES, "予定どおり実施")).describe());
        assertThat(problems).extracting(SubmissionProblem::messageJa)
                .anySatisfy(m -> assertThat(m).contains("「C」", "A、B"));
    }

    @Test
    void aWorkbookWrongInEveryRowListsItsFirstHundredProblemsAndHowManyMore() {
        byte[] written = WorkbookWriter.write(SEED);
        List<CellRef> executions = reader.read(written, "x.xlsx").ratingCells().entrySet().stream()
                .filter(e -> e.getKey().endsWith("/execution")).map(java.util.Map.Entry::getValue).toList();
        byte[] edited = edit(written, book -> {
            executions.forEach(at -> cell(book, at).setCellValue("Z"));
            Sheet initiatives = book.getSheet(INITIATIVES);
            for (int i = 0; i < 150; i++) { // initiatives under a strategy that sheet 1 does not have
                Row row = initiatives.createRow(initiatives.getLastRowNum() + 1);
                set(row, 0, "99-" + i);
                set(row, 1, "99-" + i + "-1");
            }
        });

        SubmissionException refused = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(edited, "大正区.xlsx"));

        int found = executions.size() + 150;
        assertThat(refused.listed()).hasSize(100).allSatisfy(p -> assertThat(p.path()).contains("!"));
        assertThat(refused.omitted()).isEqualTo(found - 100);
        assertThat(refused.getProblems()).hasSize(101).last().satisfies(p -> assertThat(p.describe())
                .isEqualTo("大正区.xlsx: ほかに " + (found - 100) + " 件の問題があります（最初の 100 件だけを示しています） / "
                        + (found - 100) + " more problem(s) not shown (only the first 100 are)"));
    }

    @Test
    void aMissingSheetIsNamed() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> book.removeSheetAt(book.getSheetIndex(INITIATIVES)));

        SubmissionProblem problem = onlyProblem(edited);

        assertThat(problem.path()).isEqualTo(INITIATIVES);
        assertThat(problem.messageJa()).contains("シート「具体的取組」がありません");
    }

    @Test
    void anInitiativeUnderAStrategyNumberNotOnSheetOneIsLocated() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> cell(book, INITIATIVES, WorkbookLayout.FIRST_DATA_ROW,
                column(book, INITIATIVES, "戦略番号")).setCellValue("9-9"));

        SubmissionProblem problem = onlyProblem(edited);

        assertThat(problem.path()).isEqualTo(INITIATIVES + "!A6");
        assertThat(problem.messageJa()).contains("9-9");
        assertThat(problem.describe()).startsWith("大正区.xlsx!" + INITIATIVES + "!A6: ").contains(" / ");
    }

    @Test
    void aStrategyNumberGivenTwiceNamesBothCells() {
        byte[] written = WorkbookWriter.write(SEED);
        int second;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            second = firstRowOf(book, "1-(3)-ウ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] edited = edit(written, book -> cell(book, STRATEGIES, second, 0).setCellValue("6-1"));

        List<SubmissionProblem> problems = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(edited, "大正区.xlsx")).getProblems();

        // The renamed strategy's initiatives on sheet 2 now name a strategy that is gone: a second problem.
        assertThat(problems).extracting(SubmissionProblem::path, SubmissionProblem::messageJa).containsExactly(
                tuple(new CellRef(STRATEGIES, second, 0).describe(),
                        "戦略番号「6-1」が重複しています（最初は " + STRATEGIES + "!A6）"),
                tuple(INITIATIVES + "!A15", "戦略番号「1-(3)-ウ」は「" + STRATEGIES + "」シートにありません"));
    }

    @Test
    void anInitiativeRowWithoutItsNumberIsReportedNotDropped() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> cell(book, INITIATIVES, WorkbookLayout.FIRST_DATA_ROW,
                column(book, INITIATIVES, "取組番号")).setBlank());

        SubmissionProblem problem = onlyProblem(edited);

        assertThat(problem.path()).isEqualTo(INITIATIVES + "!B6");
        assertThat(problem.messageEn()).contains("initiative number is missing");
    }

    @Test
    void theBlankTemplateAsksForTheOrganisationAndTheYearAtTheirCells() {
        List<SubmissionProblem> problems = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(WorkbookWriter.template(), "様式.xlsx")).getProblems();

        assertThat(problems).extracting(SubmissionProblem::path)
                .containsExactly(STRATEGIES + "!B2", STRATEGIES + "!D2");
    }

    @Test
    void withoutTheOrganisationLabelTheProblemNamesTheSheet() {
        byte[] edited = edit(WorkbookWriter.write(SEED), book -> cell(book, STRATEGIES, WorkbookLayout.LABEL_ROW, 0)
                .setCellValue("区名"));

        SubmissionProblem problem = onlyProblem(edited);

        assertThat(problem.path()).isEqualTo(STRATEGIES);
        assertThat(problem.messageJa()).contains("organization");
    }

    @Test
    void bytesThatAreNotAWorkbookAreRefusedWithTheFileName() {
        SubmissionProblem problem = catchThrowableOfType(SubmissionException.class,
                () -> reader.read("not a workbook".getBytes(), "x.xlsx")).getProblems().get(0);

        assertThat(problem.source()).isEqualTo("x.xlsx");
        assertThat(problem.messageEn()).as("WorkbookGuard, before POI").startsWith("not an Excel workbook (.xlsx)");
    }

    private SubmissionProblem onlyProblem(byte[] workbook) {
        List<SubmissionProblem> problems = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(workbook, "大正区.xlsx")).getProblems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static org.apache.poi.ss.usermodel.Cell cell(XSSFWorkbook book, String sheet, int row, int column) {
        Row r = book.getSheet(sheet).getRow(row);
        org.apache.poi.ss.usermodel.Cell cell = r.getCell(column);
        return cell == null ? r.createCell(column) : cell;
    }

    static org.apache.poi.ss.usermodel.Cell cell(XSSFWorkbook book, CellRef ref) {
        return cell(book, ref.sheet(), ref.row(), ref.column());
    }

    /** The column under {@code heading} in the heading row as written. */
    static int column(XSSFWorkbook book, String sheet, String heading) {
        for (org.apache.poi.ss.usermodel.Cell cell : book.getSheet(sheet).getRow(WorkbookLayout.HEADING_ROW)) {
            if (heading.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading);
    }

    static int column(byte[] workbook, String sheet, String heading) {
        int[] found = new int[1];
        edit(workbook, book -> found[0] = column(book, sheet, heading));
        return found[0];
    }

    static int firstRowOf(XSSFWorkbook book, String strategyId) {
        Sheet sheet = book.getSheet(STRATEGIES);
        for (int r = WorkbookLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Cell id = sheet.getRow(r).getCell(0);
            if (id != null && strategyId.equals(id.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no strategy " + strategyId);
    }

    /** Exchanges two whole columns, headings and legends included. */
    private static void swap(Sheet sheet, int a, int b) {
        for (int r = WorkbookLayout.GROUP_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String first = text(row.getCell(a));
            String second = text(row.getCell(b));
            set(row, a, second);
            set(row, b, first);
        }
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell) {
        return cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK ? null
                : cell.getStringCellValue();
    }

    private static void set(Row row, int c, String value) {
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }
}
