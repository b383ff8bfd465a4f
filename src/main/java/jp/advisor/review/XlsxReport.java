package jp.advisor.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook with sheet 「指摘」 (the CSV's rows and columns), 「件数」 (counts per code and severity) and, when
 * some input could not be read, 「読めないファイル」 (one row per problem).
 */
final class XlsxReport {

    static final String FINDINGS_SHEET = "指摘";
    static final String COUNTS_SHEET = "件数";
    static final String UNREADABLE_SHEET = "読めないファイル";

    // Widths in characters for ReportRows.COLUMNS; fixed because autoSizeColumn needs AWT fonts and mis-measures
    // Japanese anyway.
    private static final int[] WIDTHS = {28, 16, 10, 14, 9, 30, 36, 60, 50, 50, 28, 12, 16, 10, 40, 14, 24};
    private static final Set<String> WRAPPED = Set.of("message_ja", "message_en", "cells", "disposition_comment");

    private XlsxReport() {
    }

    static void write(ReviewReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle top = workbook.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet findings = workbook.createSheet(FINDINGS_SHEET);
            headerRow(findings, ReportRows.COLUMNS, header);
            int r = 1;
            for (ReportRows.Row row : ReportRows.rows(report)) {
                Row line = findings.createRow(r++);
                List<String> values = row.values();
                for (int c = 0; c < values.size(); c++) {
                    line.createCell(c).setCellValue(cellText(values.get(c)));
                    line.getCell(c).setCellStyle(WRAPPED.contains(ReportRows.COLUMNS.get(c)) ? wrapped : top);
                }
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                findings.setColumnWidth(c, WIDTHS[c] * 256);
            }
            finish(findings, r, ReportRows.COLUMNS.size());

            counts(workbook.createSheet(COUNTS_SHEET), ReportRows.counts(report), header);

            List<ReviewReport.UnreadableSource> unreadable = ReportRows.list(report.unreadable());
            if (!unreadable.isEmpty()) {
                Sheet sheet = workbook.createSheet(UNREADABLE_SHEET);
                headerRow(sheet, List.of("source", "problem"), header);
                int u = 1;
                for (ReviewReport.UnreadableSource source : unreadable) {
                    // A source with no problem listed still gets its row: the file must not disappear.
                    List<String> problems = source.problems() == null || source.problems().isEmpty()
                            ? List.of("") : source.problems();
                    for (String problem : problems) {
                        Row line = sheet.createRow(u++);
                        line.createCell(0).setCellValue(cellText(source.source()));
                        line.createCell(1).setCellValue(cellText(problem));
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                sheet.setColumnWidth(1, 80 * 256);
                finish(sheet, u, 2);
            }
            workbook.write(out);
        }
        out.flush();
    }

    private static void counts(Sheet sheet, ReportRows.Counts counts, CellStyle header) {
        List<String> columns = new java.util.ArrayList<>();
        columns.add("code");
        columns.addAll(counts.severities());
        columns.add("total");
        headerRow(sheet, columns, header);
        int r = 1;
        for (var entry : counts.byCode().entrySet()) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(entry.getKey());
            int c = 1;
            for (int n : entry.getValue().values()) {
                line.createCell(c++).setCellValue(n);
            }
            line.createCell(c).setCellValue(entry.getValue().values().stream().mapToInt(Integer::intValue).sum());
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue("total");
        total.getCell(0).setCellStyle(header);
        int c = 1;
        for (int n : counts.bySeverity().values()) {
            total.createCell(c++).setCellValue(n);
        }
        total.createCell(c).setCellValue(counts.total());
        sheet.setColumnWidth(0, 34 * 256);
        for (int i = 1; i < columns.size(); i++) {
            sheet.setColumnWidth(i, 10 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void headerRow(Sheet sheet, List<String> names, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** Header frozen and filterable over every written row. */
    private static void finish(Sheet sheet, int rowCount, int columnCount) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowCount - 1), 0, columnCount - 1));
    }

    /** POI rejects text longer than a cell can hold; cut it rather than lose the whole workbook. */
    private static String cellText(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        String value = ReportRows.text(text);
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
