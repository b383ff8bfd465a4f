package jp.advisor.workbook;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import jp.advisor.facts.Cell;

/**
 * The 様式's two sheets as columns: the one list that both {@link WorkbookWriter} and {@link WorkbookReader} follow, so
 * that what is written is what is read. A column names its field by the path of its JSON key under the record of its
 * level (the submission's JSON, CONTRACT.md), so that every field of the model has exactly one column. Rows above the
 * data: a title, the organisation and 年度 labelled, the group headings (計画, 自己評価), the column headings, the legends.
 */
public final class WorkbookLayout {

    /** 0-based rows of the header band; data rows start after the legends. */
    public static final int TITLE_ROW = 0;
    public static final int LABEL_ROW = 1;
    public static final int GROUP_ROW = 2;
    public static final int HEADING_ROW = 3;
    public static final int LEGEND_ROW = 4;
    public static final int FIRST_DATA_ROW = 5;

    public static final String TITLE = "区政運営基本方針の成果目標の達成に向けた取組状況について";
    public static final String ORGANIZATION_LABEL = "組織名";
    public static final String YEAR_LABEL = "年度";

    /** How a column's cells are written and read. */
    public enum Kind {
        /** A strategy's or initiative's number, read back exactly; the row's key. */
        ID,
        /** Free text, wrapped. */
        TEXT,
        /** A value as staff write it (「54.1%」); a number typed into it reads as written (0.541 in % → 「54.1%」). */
        VALUE,
        /** A self-assessment symbol of its {@link Cell}, with a drop-down of the cell's scale. */
        RATING,
        /** true / false written 「はい」 / 「いいえ」. */
        FLAG,
        /** Shown for reading the row (sheet 2 repeats the strategy's 項目), not read back: sheet 1 holds the field. */
        COPY
    }

    /**
     * One column.
     *
     * @param heading  the column heading as the 様式 writes it; the reader finds the column by it
     * @param group    the merged heading above it (計画, 自己評価), null when the heading spans both header rows
     * @param level    whose field it is: the strategy's, an outcome's or an initiative's
     * @param field    the JSON key path under that record ({@code selfAssessment/overall})
     * @param cell     the rating cell of the catalogue shown in this column (the withdrawal's is 撤退基準), or null
     * @param required whether a workbook without the column is refused: the contract's own fields; the optional ones
     *                 added later ({@code indicator}, {@code content} …) may be missing, as in older 様式
     * @param legend   the legend under the heading, or null
     * @param width    in characters
     */
    public record Column(String heading, String group, Cell.Level level, String field, Kind kind, Cell cell,
                         boolean required, String legend, int width) {

        public List<String> path() {
            return List.of(field.split("/"));
        }
    }

    /** A sheet's name (from the catalogue) and its columns, left to right. */
    public record Sheet(Cell.Sheet sheet, List<Column> columns) {

        public String name() {
            return sheet.ja();
        }

        public Optional<Column> column(Cell cell) {
            return columns.stream().filter(c -> c.cell() == cell).findFirst();
        }
    }

    private static final String PLAN = "計画";
    private static final String SELF = "自己評価";
    private static final String AB = "A：順調\nB：順調でない";

    public static final Sheet STRATEGIES = new Sheet(Cell.Sheet.STRATEGIES, List.of(
            column("戦略番号", null, Cell.Level.STRATEGY, "id", Kind.ID, true, 14),
            column("項目", null, Cell.Level.STRATEGY, "item", Kind.TEXT, true, 22),
            column("成果指標と目標値", null, Cell.Level.STRATEGY, "indicator", Kind.TEXT, false, 28),
            column("めざす状態", PLAN, Cell.Level.STRATEGY, "desiredState", Kind.TEXT, true, 28),
            column("アウトカム", PLAN, Cell.Level.STRATEGY, "outcomeTarget", Kind.TEXT, true, 28),
            column("戦略", PLAN, Cell.Level.STRATEGY, "strategy", Kind.TEXT, false, 34),
            rating("戦略のアウトカムに対する有効性", Cell.STRATEGY_EFFECTIVENESS,
                    "ア：有効であり、継続して推進\nイ：有効でないため、戦略を見直す", 18),
            column("アウトカムの達成状況（指標）", SELF, Cell.Level.OUTCOME, "label", Kind.TEXT, true, 28),
            column("アウトカムの達成状況", SELF, Cell.Level.OUTCOME, "value", Kind.VALUE, true, 14),
            column("前年度", SELF, Cell.Level.OUTCOME, "previous", Kind.VALUE, true, 10),
            column("指標の目標値（アウトカムと異なる場合）", SELF, Cell.Level.OUTCOME, "target", Kind.TEXT, false, 18),
            rating("個別", Cell.OUTCOME, AB, 8),
            rating("全体", Cell.OVERALL, AB, 8),
            rating("戦略の進捗状況", Cell.PROGRESS, "a：順調\nb：順調でない", 10),
            column("課題", SELF, Cell.Level.STRATEGY, "issues", Kind.TEXT, true, 30),
            column("今後の対応方向・改善策", SELF, Cell.Level.STRATEGY, "improvements", Kind.TEXT, true, 30)));

    public static final Sheet INITIATIVES = new Sheet(Cell.Sheet.INITIATIVES, List.of(
            column("戦略番号", null, Cell.Level.STRATEGY, "id", Kind.ID, true, 14),
            column("取組番号", null, Cell.Level.INITIATIVE, "id", Kind.ID, true, 12),
            column("項目", null, Cell.Level.STRATEGY, "item", Kind.COPY, false, 20),
            column("成果指標と目標値", null, Cell.Level.STRATEGY, "indicator", Kind.COPY, false, 24),
            column("取組内容", PLAN, Cell.Level.INITIATIVE, "content", Kind.TEXT, false, 40),
            column("業績目標", PLAN, Cell.Level.INITIATIVE, "performanceTarget", Kind.TEXT, true, 26),
            new Column("撤退基準", PLAN, Cell.Level.INITIATIVE, "withdrawalCriterion", Kind.TEXT, Cell.WITHDRAWAL, true,
                    null, 24),
            column("前年度までの実績", PLAN, Cell.Level.INITIATIVE, "previousResults", Kind.TEXT, false, 28),
            column("取組実績", PLAN, Cell.Level.INITIATIVE, "result", Kind.TEXT, true, 32),
            column("測定値", SELF, Cell.Level.INITIATIVE, "measured", Kind.VALUE, true, 12),
            column("前年度の測定値", SELF, Cell.Level.INITIATIVE, "previous", Kind.VALUE, false, 12),
            rating("業績目標の達成状況", Cell.ACHIEVEMENT, "①：目標達成\n②：目標未達成\n③：撤退基準未達成", 14),
            rating("取組の実施状況", Cell.EXECUTION, "ア：取組は予定どおり実施\nイ：取組を予定どおり実施しなかった", 16),
            new Column("予定どおり実施", SELF, Cell.Level.INITIATIVE, "carriedOutAsPlanned", Kind.FLAG, null, true,
                    "はい／いいえ", 10),
            rating("戦略に対する取組の有効性", Cell.INITIATIVE_EFFECTIVENESS, "○：有効\n×：有効でないため見直す", 14),
            column("課題", SELF, Cell.Level.INITIATIVE, "issues", Kind.TEXT, true, 30),
            column("改善策", SELF, Cell.Level.INITIATIVE, "improvements", Kind.TEXT, true, 30)));

    public static final List<Sheet> SHEETS = List.of(STRATEGIES, INITIATIVES);

    /** 「はい」 / 「いいえ」 of a {@link Kind#FLAG} column. */
    public static final String YES = "はい";
    public static final String NO = "いいえ";

    private WorkbookLayout() {
    }

    /** A heading as compared: NFKC (full-width and half-width alike), without spaces and line breaks. */
    public static String normalise(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static Column column(String heading, String group, Cell.Level level, String field, Kind kind,
                                 boolean required, int width) {
        return new Column(heading, group, level, field, kind, null, required, null, width);
    }

    /** A self-assessed cell of the catalogue, under its field in the submission's JSON. */
    private static Column rating(String heading, Cell cell, String legend, int width) {
        String field = cell.level() == Cell.Level.OUTCOME ? cell.selfAssessmentField()
                : "selfAssessment/" + cell.selfAssessmentField();
        return new Column(heading, SELF, cell.level(), field, Kind.RATING, cell, true, legend, width);
    }
}
