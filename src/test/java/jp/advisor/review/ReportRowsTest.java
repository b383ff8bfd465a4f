package jp.advisor.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportRowsTest {

    @Test
    void cells_are_quoted_as_name_equals_value_in_the_order_given() {
        assertThat(ReportRows.cells(SampleReports.KITA_ERROR.cells())).isEqualTo("目標=100%; 実績=98%; 自己評価=①");
        assertThat(ReportRows.cells(null)).isEmpty();
    }

    @Test
    void there_is_one_row_per_finding_then_one_error_row_per_unreadable_source() {
        List<ReportRows.Row> rows = ReportRows.rows(SampleReports.report());

        assertThat(rows).hasSize(8);
        assertThat(rows.get(7)).isEqualTo(new ReportRows.Row("minato-r6.xlsx", "", "", "", "error",
                "UNREADABLE_SUBMISSION", "", "シート「戦略」が見つかりません; fiscal year is missing",
                "シート「戦略」が見つかりません; fiscal year is missing", "", "", "", "", "", "", "", ""));
    }

    @Test
    void counts_are_per_code_and_severity_and_include_unreadable_sources() {
        ReportRows.Counts counts = ReportRows.counts(SampleReports.report());

        assertThat(counts.total()).isEqualTo(8);
        assertThat(counts.bySeverity()).containsExactly(java.util.Map.entry("error", 3),
                java.util.Map.entry("warning", 3), java.util.Map.entry("info", 2));
        assertThat(counts.byCode().get("OVERALL_A_WITH_INDIVIDUAL_B")).containsEntry("warning", 2)
                .containsEntry("error", 0);
        assertThat(counts.byCode().get("UNREADABLE_SUBMISSION")).containsEntry("error", 1);
    }

    @Test
    void ids_sort_as_a_reader_numbers_them() {
        List<String> ids = new ArrayList<>(List.of("7-10", "7-2", "7-1@1-(2)-ア", "10-1", "7-1"));
        ids.sort(ReportRows::compareNatural);
        assertThat(ids).containsExactly("7-1", "7-1@1-(2)-ア", "7-2", "7-10", "10-1");
    }
}
