package jp.advisor.workbook;

import org.apache.poi.ss.util.CellReference;

/** A cell of a workbook: its sheet's name and its 0-based row and column; {@link #a1()} as Excel writes it. */
public record CellRef(String sheet, int row, int column) {

    /** {@code C12}. */
    public String a1() {
        return new CellReference(row, column).formatAsString(false);
    }

    /** {@code めざす成果および戦略!C12}, as messages and hyperlinks name a cell. */
    public String describe() {
        return sheet + "!" + a1();
    }
}
