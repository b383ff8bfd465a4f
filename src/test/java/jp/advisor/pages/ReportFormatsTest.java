package jp.advisor.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void a_report_accepts_only_the_formats_it_supports_and_names_them_when_refusing() {
        assertThat(ReportFormat.of(" HTML ", "what-if", EnumSet.of(ReportFormat.JSON, ReportFormat.HTML)))
                .isEqualTo(ReportFormat.HTML);
        assertThatThrownBy(() -> ReportFormat.of("csv", "what-if", EnumSet.of(ReportFormat.JSON, ReportFormat.HTML)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown what-if format: csv (json or html)");
        assertThatThrownBy(() -> ReportFormat.of(null, "report", EnumSet.allOf(ReportFormat.class)))
                .hasMessage("unknown report format: null (json, csv, html or xlsx)");
    }

    @Test
    void a_download_is_named_by_its_stem_the_short_versions_and_the_extension() {
        assertThat(ReportFormat.XLSX.fileName("review", "sha256:8e98065632b057deee3cfdd6"))
                .isEqualTo("review-8e98065632b0.xlsx");
        assertThat(ReportFormat.HTML.fileName("what-if", "sha256:aaaaaaaaaaaaaaaa", "sha256:bbbbbbbbbbbbbbbb"))
                .isEqualTo("what-if-aaaaaaaaaaaa-bbbbbbbbbbbb.html");
        assertThat(ReportFormat.CSV.fileName("review", (String) null)).isEqualTo("review.csv");
    }
}
