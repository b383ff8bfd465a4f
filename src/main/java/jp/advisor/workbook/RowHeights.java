package jp.advisor.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Row heights that let wrapped texts print whole. Excel and LibreOffice fit a row to its text only while someone
 * edits it, and never for merged cells, so a workbook written by program prints every row one line high unless the
 * heights are set. The lines a text takes are estimated: it wraps where ICU allows a line break (Japanese between most
 * characters, English between words), East Asian wide characters counting two columns of the width (ICU's East Asian
 * Width), within the column's width in characters (a merged cell's region's width) scaled by the font size.
 */
final class RowHeights {

    /** Excel's tallest row. */
    static final float MAX_POINTS = 409;
    /** The font column widths are counted in: POI's default, Calibri 11, whose digit is about half a kanji wide. */
    private static final double WIDTH_FONT_POINTS = 11;
    /** A kanji is a little wider than two digits (≈ 2.1); less room per line rather than a cut text. */
    private static final double WIDE_SLACK = 0.93;
    /** The cell's left and right margins, in characters. */
    private static final double MARGIN_CHARACTERS = 1;
    /** A line of text: Japanese fonts (Noto Sans CJK, Yu Gothic) draw 1.3 to 1.5 em; the taller, so nothing is cut. */
    private static final double LINE_EM = 1.5;
    /** The cell's top and bottom margins. */
    private static final double PADDING_POINTS = 3;
    private static final DataFormatter FORMATTER = new DataFormatter();

    private RowHeights() {
    }

    /** Columns {@code text} takes on one line: a wide or full-width character two, any other one. */
    static int columns(CharSequence text) {
        return text.codePoints().map(RowHeights::columns).sum();
    }

    private static int columns(int codePoint) {
        return switch (UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH)) {
            case UCharacter.EastAsianWidth.WIDE, UCharacter.EastAsianWidth.FULLWIDTH -> 2;
            default -> UCharacter.getType(codePoint) == UCharacter.NON_SPACING_MARK ? 0 : 1;
        };
    }

    /**
     * Lines {@code text} wraps to in a cell {@code widthCharacters} wide (in characters of the 11 pt default font)
     * written in {@code fontPoints}: each line break starts a line, and each paragraph fills lines greedily.
     */
    static int lines(String text, double widthCharacters, double fontPoints) {
        double room = Math.max(1, (widthCharacters - MARGIN_CHARACTERS) * WIDTH_FONT_POINTS / fontPoints * WIDE_SLACK);
        int lines = 0;
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            lines += paragraphLines(paragraph, room);
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String paragraph, double room) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.JAPANESE);
        breaks.setText(paragraph);
        int lines = 1;
        double line = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = paragraph.substring(start, end);
            // Spaces at a line's end take no room.
            double width = columns(segment.stripTrailing());
            if (line > 0 && line + width > room) {
                lines++;
                line = 0;
            }
            // A word longer than a line is cut where the line is full.
            while (width > room) {
                lines++;
                width -= room;
            }
            line += columns(segment);
        }
        return lines;
    }

    /** The height in points of {@code lines} lines in {@code fontPoints}, with the cell's margins, at most Excel's. */
    static float points(int lines, double fontPoints) {
        return (float) Math.min(MAX_POINTS, Math.ceil(lines * fontPoints * LINE_EM + PADDING_POINTS));
    }

    /** The height {@code text} needs in a wrapped cell {@code widthCharacters} wide. */
    static float points(String text, double widthCharacters, double fontPoints) {
        return points(lines(text, widthCharacters, fontPoints), fontPoints);
    }

    /** Sets {@code row} to {@code points} when it is lower: a row someone made taller stays so. */
    static void grow(Row row, float points) {
        float height = Math.min(MAX_POINTS, points);
        if (row.getHeightInPoints() < height) {
            row.setHeightInPoints(height);
        }
    }

    /**
     * Sets the height of every row from {@code first} to {@code last} (those that exist) to what its texts need, at
     * least the sheet's default. A cell merged over several columns wraps in their width; one merged over several rows
     * shares their heights, and the rows get what it lacks in equal parts.
     */
    static void fit(Sheet sheet, int first, int last) {
        List<CellRangeAddress> regions = sheet.getMergedRegions().stream()
                .filter(region -> region.getFirstRow() <= last && region.getLastRow() >= first).toList();
        float[] heights = new float[last - first + 1];
        Arrays.fill(heights, sheet.getDefaultRowHeightInPoints());
        Map<CellRangeAddress, Float> tall = new HashMap<>();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                CellRangeAddress region = regionOf(regions, cell);
                if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != cell.getColumnIndex())) {
                    continue; // covered by a merge: its text is not shown
                }
                float needed = needed(sheet, cell, region);
                if (region != null && region.getLastRow() > region.getFirstRow()) {
                    tall.merge(region, needed, Math::max);
                } else {
                    heights[r - first] = Math.max(heights[r - first], needed);
                }
            }
        }
        tall.forEach((region, needed) -> {
            int top = region.getFirstRow() - first;
            int bottom = Math.min(region.getLastRow(), last) - first;
            float have = 0;
            for (int i = top; i <= bottom; i++) {
                have += heights[i];
            }
            if (needed > have) {
                float share = (needed - have) / (bottom - top + 1);
                for (int i = top; i <= bottom; i++) {
                    heights[i] += share;
                }
            }
        });
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                row.setHeightInPoints((float) Math.min(MAX_POINTS, Math.ceil(heights[r - first])));
            }
        }
    }

    /** The height a cell's text needs: wrapped in its (merged) width, or one line per line break when not wrapped. */
    private static float needed(Sheet sheet, Cell cell, CellRangeAddress region) {
        String text = FORMATTER.formatCellValue(cell);
        CellStyle style = cell.getCellStyle();
        double font = sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints();
        if (text.isEmpty()) {
            return 0;
        }
        if (!style.getWrapText()) {
            return points(text.split("\r\n|\r|\n", -1).length, font);
        }
        int from = region == null ? cell.getColumnIndex() : region.getFirstColumn();
        int to = region == null ? cell.getColumnIndex() : region.getLastColumn();
        double width = 0;
        for (int c = from; c <= to; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return points(text, width, font);
    }

    private static CellRangeAddress regionOf(List<CellRangeAddress> regions, Cell cell) {
        for (CellRangeAddress region : regions) {
            if (region.isInRange(cell)) {
                return region;
            }
        }
        return null;
    }
}
