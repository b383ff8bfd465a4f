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
}
