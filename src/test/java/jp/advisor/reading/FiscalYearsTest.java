package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "平成28年度, 2016",
            "H28年度, 2016",
            "H28, 2016",
            "h28, 2016",
            "平成29年度, 2017",
            "平成31年度, 2019",
            "平成元年度, 1989",
            "令和元年度, 2019",
            "令和5年度, 2023",
            "R5, 2023",
            "R5年度, 2023",
            "2016, 2016",
            "2019年度, 2019",
            "２０１６年度, 2016",
            "Ｈ２９年度, 2017",
            "平成二十八年度, 2016",
            "'平成 28 年度', 2016",
    })
    void readsTheFiscalYearsAsTheSheetsWriteThem(String text, int year) {
        assertThat(FiscalYears.parse(text)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"平成32年度, 2020", "平成33年度, 2021"})
    void readsHeiseiYearsPastTheEraAsPlansWrittenBefore2019MeantThem(String text, int year) {
        assertThat(FiscalYears.parse(text)).isEqualTo(year);
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"", "28年度", "平成", "平成0年度", "2016年", "昭和60年度", "来年度", "H", "16", "平成28年度末"})
    void rejectsAnythingElseWithAJapaneseAndEnglishMessage(String text) {
        assertThatThrownBy(() -> FiscalYears.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("年度を読めません")
                .hasMessageContaining("cannot read a fiscal year");
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String text) {
        assertThatThrownBy(() -> FiscalYears.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
