package jp.advisor.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.advisor.facts.Severity;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;

/**
 * The ward's own workbook handed back annotated. What the ward sees: every cell it wrote, unchanged and where it
 * was; at the right end of each sheet, after one blank column, a column 「提案：個別」 (「提案：全体」 …) per column of
 * self-ratings, each suggestion on the row of the rating it answers — plain where the advisor agrees, orange with
 * 「≠」 where it suggests another value, yellow 「要確認」 where a person must decide — with the reason as a comment
 * (author 「評価アドバイザー」: rule, Japanese and English, inputs, comparison); and a last sheet 「指摘一覧」 with the
 * organisation, year, rule set and policy, a legend, and one row per finding linking to the cell it concerns.
 */
public final class AnnotatedWorkbook {

    static final String FINDINGS_SHEET = "指摘一覧";
    static final String AUTHOR = "評価アドバイザー";
    static final String REVIEW = "要確認";
    static final String DIFFERS = "≠";
    static final List<String> FINDING_COLUMNS = List.of("重要度 severity", "コード code", "セル cell",
            "指摘 finding", "finding (English)", "比べた値 cells", "ルール rule");
    /** In characters; the first also holds the summary's labels. Together they print on A3 at about three quarters. */
    private static final int[] FINDING_WIDTHS = {20, 36, 30, 60, 60, 40, 36};
    private static final int SUGGESTION_WIDTH = 16;

    private AnnotatedWorkbook() {
    }

    /**
     * The workbook with the suggestions and findings added and nothing of the ward's changed.
     *
     * @param workbook   the .xlsx as the ward sent it (already passed {@code WorkbookGuard})
     * @param read       what the reader found in it, with where each rating cell is
     * @param evaluation the evaluation of {@code read.submission()}
     * @throws IllegalArgumentException when a rating cell names a sheet the workbook does not have
     */
    public static byte[] annotate(byte[] workbook, WorkbookSubmission read, Evaluation evaluation) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = Styles.of(book);
            Map<String, Rating> ratings = ratingsByLocation(evaluation);
            Map<String, List<Map.Entry<String, CellRef>>> bySheet = read.ratingCells().entrySet().stream()
                    .filter(e -> ratings.containsKey(e.getKey()))
                    .collect(Collectors.groupingBy(e -> e.getValue().sheet(), TreeMap::new, Collectors.toList()));
            bySheet.forEach((name, cells) -> suggest(sheet(book, name), cells, ratings, styles));
            findings(book, read.ratingCells(), evaluation, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name) {
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            throw new IllegalArgumentException("シート「" + name + "」がブックにありません / the workbook has no sheet \""
                    + name + "\"");
        }
        return sheet;
    }

    /** Every rated cell of the evaluation by its location, the way the reader keys {@code ratingCells}. */
    static Map<String, Rating> ratingsByLocation(Evaluation evaluation) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (StrategyEvaluation s : evaluation.strategies()) {
            s.outcomes().forEach(o -> ratings.put(CellLocation.ofOutcome(s.id(), o.index()).format(), o.rating()));
            for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                ratings.put(CellLocation.of(cell, s.id(), null, null).format(), s.rating(cell));
            }
            for (InitiativeEvaluation i : s.initiatives()) {
                for (Cell cell : ratedInitiativeCells()) {
                    ratings.put(CellLocation.of(cell, s.id(), i.id(), null).format(), i.rating(cell));
                }
            }
        }
        return ratings;
    }

    /** The withdrawal criterion has no self-rating on the sheet, so nothing to write beside. */
    private static List<Cell> ratedInitiativeCells() {
        return Cell.onSheetAt(Cell.Level.INITIATIVE).stream().filter(Cell::hasSelfAssessment).toList();
    }

    /**
     * Appends one suggestion column per column of self-ratings after the sheet's last used column: inserting beside
     * would move the ward's cells and every formula, merge and validation that names them.
     */
    private static void suggest(Sheet sheet, List<Map.Entry<String, CellRef>> cells, Map<String, Rating> ratings,
                                Styles styles) {
        Map<Integer, List<Map.Entry<String, CellRef>>> byColumn = cells.stream()
                .collect(Collectors.groupingBy(e -> e.getValue().column(), TreeMap::new, Collectors.toList()));
        int next = lastUsedColumn(sheet) + 2; // one blank column between the ward's sheet and the suggestions
        for (List<Map.Entry<String, CellRef>> column : byColumn.values()) {
            int target = next++;
            sheet.setColumnWidth(target, SUGGESTION_WIDTH * 256);
            heading(sheet, target, column, styles);
            for (Map.Entry<String, CellRef> cell : column) {
                suggestion(sheet, cell.getValue(), target, cell.getKey(), ratings.get(cell.getKey()), styles);
            }
        }
    }

    /** The last column holding a cell, a merge or a comment (0-based; -1 for an empty sheet). */
    static int lastUsedColumn(Sheet sheet) {
        int last = -1;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            last = Math.max(last, merged.getLastColumn());
        }
        for (CellAddress commented : sheet.getCellComments().keySet()) {
            last = Math.max(last, commented.getColumn());
        }
        return last;
    }

    /** Above the column's first rating, where the ward's header for it is; none when a rating is on the top row. */
    private static void heading(Sheet sheet, int target, List<Map.Entry<String, CellRef>> column, Styles styles) {
        int top = column.stream().mapToInt(e -> e.getValue().row()).min().orElseThrow();
        if (top == 0) {
            return;
        }
        List<Cell> kinds = column.stream().map(e -> cellOf(e.getKey())).flatMap(Optional::stream).distinct()
                .sorted().toList();
        String ja = kinds.stream().map(Cell::brief).collect(Collectors.joining("・"));
        String en = kinds.stream().map(Cell::en).collect(Collectors.joining(", "));
        Row row = row(sheet, top - 1);
        org.apache.poi.ss.usermodel.Cell heading = row.createCell(target);
        String text = "提案：" + ja + "\nsuggested " + en;
        heading.setCellValue(text);
        heading.setCellStyle(styles.heading());
        // Only ever taller: the ward's row keeps the height it has when the heading fits in it.
        RowHeights.grow(row, RowHeights.points(text, SUGGESTION_WIDTH, fontPoints(sheet, styles.heading())));
    }

    private static double fontPoints(Sheet sheet, CellStyle style) {
        return sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints();
    }

    private static Optional<Cell> cellOf(String location) {
        return CellLocation.parse(location).flatMap(CellLocation::cell);
    }

    private static void suggestion(Sheet sheet, CellRef ward, int target, String location, Rating rating,
                                   Styles styles) {
        Mark mark = Mark.of(rating);
        org.apache.poi.ss.usermodel.Cell cell = row(sheet, ward.row()).createCell(target);
        cell.setCellValue(mark.text(rating));
        cell.setCellStyle(styles.of(mark));
        Comment comment = comment(sheet, cell, explanation(location, rating, mark));
        cell.setCellComment(comment);
        // A rating merged over several rows gets its suggestion merged over the same rows, so they line up.
        sheet.getMergedRegions().stream()
                .filter(m -> m.getFirstRow() == ward.row() && m.getFirstColumn() == ward.column()
                        && m.getLastRow() > m.getFirstRow())
                .findFirst()
                .ifPresent(m -> sheet.addMergedRegion(new CellRangeAddress(m.getFirstRow(), m.getLastRow(), target,
                        target)));
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /**
     * How a suggestion stands against the ward's rating; colour is never the only signal, the text says it too. The
     * one decision of it: the staff page marks its cells with the same.
     */
    public enum Mark {
        AGREES, DIFFERS, REVIEW;

        static Mark of(Rating rating) {
            return of(rating.needsReview(), rating.value(), rating.selfAssessment());
        }

        /** Needs review first (or no suggestion); a blank self-rating differs (a cell to fill in). */
        public static Mark of(boolean needsReview, String suggested, String self) {
            if (needsReview || suggested == null) {
                return REVIEW;
            }
            return Objects.equals(suggested, strip(self)) ? AGREES : DIFFERS;
        }

        String text(Rating rating) {
            return switch (this) {
                case AGREES -> rating.value();
                case DIFFERS -> AnnotatedWorkbook.DIFFERS + " " + rating.value();
                case REVIEW -> rating.value() == null ? AnnotatedWorkbook.REVIEW
                        : AnnotatedWorkbook.REVIEW + "（" + rating.value() + "）";
            };
        }

        private static String strip(String text) {
            return text == null ? null : text.strip();
        }
    }

    static String explanation(String location, Rating rating, Mark mark) {
        boolean blank = rating.selfAssessment() == null || rating.selfAssessment().isBlank();
        String self = blank ? "未記入 / blank" : rating.selfAssessment();
        String value = rating.value() == null ? "なし / none" : rating.value();
        String verdict = switch (mark) {
            case AGREES -> "自己評価と一致 / agrees with the self-rating";
            // A blank self-rating is marked like a different one: the ward has a cell to fill in.
            case DIFFERS -> blank ? "自己評価が未記入 / the self-rating is blank"
                    : "自己評価と異なる / differs from the self-rating";
            case REVIEW -> "要確認：人が判断してください / needs review: a person decides";
        };
        StringBuilder text = new StringBuilder()
                .append("提案 suggestion: ").append(value).append("（自己評価 self-rating: ").append(self).append("）\n")
                .append(verdict).append('\n')
                .append("ルール rule: ").append(rating.rule() == null ? "なし / none" : rating.rule()).append('\n');
        if (rating.explanation() != null) {
            text.append("説明: ").append(rating.explanation().ja()).append('\n')
                    .append("Explanation: ").append(rating.explanation().en()).append('\n');
        }
        if (rating.inputs() != null && !rating.inputs().isEmpty()) {
            text.append("入力 inputs: ").append(joined(rating.inputs())).append('\n');
        }
        if (rating.comparison() != null && !rating.comparison().isBlank()) {
            text.append("比較 comparison: ").append(rating.comparison()).append('\n');
        }
        return text.append("位置 location: ").append(location).toString();
    }

    private static String joined(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Comment comment(Sheet sheet, org.apache.poi.ss.usermodel.Cell cell, String text) {
        var helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 12);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        return comment;
    }

    /** The summary, a legend, then one row per finding linked to the ward's cell it concerns. */
    private static void findings(XSSFWorkbook book, Map<String, CellRef> cells, Evaluation evaluation,
                                 Styles styles) {
        Sheet sheet = book.createSheet(freeName(book));
        Evaluation.RuleSetInfo ruleSet = evaluation.ruleSet();
        List<List<String>> summary = List.of(
                List.of("評価アドバイザーの指摘一覧", "Findings of the evaluation advisor"),
                List.of("組織 organisation", text(evaluation.organization())),
                List.of("年度 fiscal year", text(evaluation.fiscalYear())),
                List.of("ルールセット rule set", ruleSet == null ? "" : text(ruleSet.version())),
                List.of("判定方針 policy", ruleSet == null ? "" : text(ruleSet.policy())),
                List.of("指摘の件数 findings", String.valueOf(evaluation.findings().size())),
                List.of("凡例 legend", "橙「≠」: 提案が自己評価と異なる / orange \"≠\": the suggestion differs from the"
                        + " self-rating；黄「要確認」: 人が判断する / yellow \"要確認\": a person must decide；"
                        + "提案の理由はセルのコメント / the reason is the suggestion cell's comment"));
        int last = FINDING_COLUMNS.size() - 1;
        int r = 0;
        for (List<String> line : summary) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(line.get(0));
            row.getCell(0).setCellStyle(styles.bold());
            row.createCell(1).setCellValue(line.get(1));
            row.getCell(1).setCellStyle(styles.wrapped());
            // The value over the list's width, so the legend wraps there instead of running off the page.
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, last));
            r++;
        }
        int header = r + 1;
        Row headerRow = sheet.createRow(header);
        for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
            headerRow.createCell(c).setCellValue(FINDING_COLUMNS.get(c));
            headerRow.getCell(c).setCellStyle(styles.heading());
            sheet.setColumnWidth(c, FINDING_WIDTHS[c] * 256);
        }
        r = header + 1;
        for (Finding finding : evaluation.findings()) {
            Row row = sheet.createRow(r++);
            Optional<CellRef> target = cellFor(finding.location(), cells);
            List<String> values = List.of(severityJa(finding.severity()), text(finding.code()),
                    target.map(CellRef::describe).orElse(text(finding.location())),
                    finding.message() == null ? "" : text(finding.message().ja()),
                    finding.message() == null ? "" : text(finding.message().en()),
                    finding.cells() == null ? "" : text(joined(finding.cells())), text(finding.rule()));
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
                row.getCell(c).setCellStyle(styles.wrapped());
            }
            target.ifPresent(ref -> {
                Hyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(address(ref));
                row.getCell(2).setHyperlink(link);
                row.getCell(2).setCellStyle(styles.link());
            });
        }
        sheet.createFreezePane(0, header + 1);
        sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, last));
        RowHeights.fit(sheet, 0, r - 1);
        WorkbookWriter.printOnA3(sheet, header, header);
    }

    /** A second annotation of an annotated workbook keeps the first list rather than failing on the name. */
    private static String freeName(XSSFWorkbook book) {
        String name = FINDINGS_SHEET;
        for (int n = 2; book.getSheet(name) != null; n++) {
            name = FINDINGS_SHEET + "(" + n + ")";
        }
        return name;
    }

    /** {@code 'めざす成果および戦略'!C12}: quoted, since sheet names hold spaces and other characters. */
    static String address(CellRef ref) {
        return "'" + ref.sheet().replace("'", "''") + "'!" + ref.a1();
    }

    /**
     * The ward's cell a finding concerns: its rating cell; else, for a strategy, an initiative or one of their
     * other fields, the first rating cell of the initiative, then of the strategy (its row on the sheet).
     */
    static Optional<CellRef> cellFor(String location, Map<String, CellRef> cells) {
        if (location == null) {
            return Optional.empty();
        }
        if (cells.containsKey(location)) {
            return Optional.of(cells.get(location));
        }
        return CellLocation.parse(location).flatMap(place -> {
            Stream<String> initiative = place.initiativeId() == null ? Stream.empty()
                    : ratedInitiativeCells().stream()
                            .map(c -> CellLocation.of(c, place.strategyId(), place.initiativeId(), null).format());
            Stream<String> outcome = place.outcomeIndex() == null ? Stream.empty()
                    : Stream.of(CellLocation.ofOutcome(place.strategyId(), place.outcomeIndex()).format());
            Stream<String> strategy = Cell.onSheetAt(Cell.Level.STRATEGY).stream()
                    .map(c -> CellLocation.of(c, place.strategyId(), null, null).format());
            Stream<String> outcomes = cells.keySet().stream()
                    .filter(k -> CellLocation.parse(k).filter(l -> l.strategyId().equals(place.strategyId())
                            && l.outcomeIndex() != null && l.field() == null).isPresent())
                    .sorted(Comparator.comparing(k -> CellLocation.parse(k).orElseThrow().outcomeIndex()));
            return Stream.of(initiative, outcome, strategy, outcomes).flatMap(s -> s)
                    .filter(cells::containsKey).findFirst().map(cells::get);
        });
    }

    private static String severityJa(String severity) {
        return Severity.of(severity).map(s -> s.ja() + " " + s.code()).orElse(text(severity));
    }

    /** POI refuses text longer than a cell holds; cut it rather than lose the workbook. */
    private static String text(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** A handful of styles shared by every written cell, since a workbook holds at most 64,000. */
    record Styles(CellStyle agrees, CellStyle differs, CellStyle review, CellStyle heading, CellStyle bold,
                  CellStyle wrapped, CellStyle link) {

        static Styles of(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font linkFont = book.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            CellStyle heading = book.createCellStyle();
            heading.setFont(boldFont);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle link = book.createCellStyle();
            link.cloneStyleFrom(wrapped);
            link.setFont(linkFont);
            return new Styles(suggestion(book, null), suggestion(book, IndexedColors.LIGHT_ORANGE),
                    suggestion(book, IndexedColors.LIGHT_YELLOW), heading, bold, wrapped, link);
        }

        private static CellStyle suggestion(XSSFWorkbook book, IndexedColors fill) {
            CellStyle style = book.createCellStyle();
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (fill != null) {
                style.setFillForegroundColor(fill.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }

        CellStyle of(Mark mark) {
            return switch (mark) {
                case AGREES -> agrees;
                case DIFFERS -> differs;
                case REVIEW -> review;
            };
        }
    }
}
