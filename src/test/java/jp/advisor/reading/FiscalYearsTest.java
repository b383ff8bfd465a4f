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
            "平成２８年度, 2016",
            "Ｈ２８, 2016",
            "令和２年度, 2020",
            "令和二年度, 2020",
            "r2, 2020",
            "二〇一六年度, 2016",
            "二千十六年度, 2016",
            "西暦2016年度, 2016",
            "1989, 1989",
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
    @ValueSource(strings = {"", "28年度", "平成", "平成0年度", "2016年", "昭和60年度", "来年度", "H", "16", "平成28年度末",
            "X28", "天平28年度", "1200", "2016-04", "H0", "平成100年度", "二二十年度", "20160"})
    void rejectsAnythingElseWithAJapaneseAndEnglishMessage(String text) {
        assertThatThrownBy(() -> FiscalYears.parse(text))
                .isInstanceOf(FiscalYears.Unreadable.class)
                .hasMessageContaining("年度を読めません")
                .hasMessageContaining("cannot read a fiscal year");
    }

    @ParameterizedTest(name = "「{0}」: {1}")
    @CsvSource({
            "昭和64年, 元号「昭和」は読めません。読める元号は平成（H）と令和（R）です。, the era 昭和 is not read",
            "S60, 元号「S」は読めません。, the era S is not read",
            "2016年, 「年」は暦年を指します。, 年 names a calendar year",
            "H28年, 「年」は暦年を指します。, 年 names a calendar year",
            "28年度, 元号がなく、平成か令和か決められません。, 'no era, so 平成 or 令和 cannot be told'",
            "二十八年度, 元号がなく, no era",
            "平成0年度, 元号の年は 1（元）から 99 までです。, a year of an era runs from 1 (元) to 99",
            "1988, 西暦は 1989（平成元年）以降の4桁で書いてください。, a Gregorian year is four digits from 1989",
            "来年度, 「平成28年度」「H28」「令和5年度」「R5」「2016」のように書いてください, write it like 平成28年度",
            "'　', 空です。, it is empty",
    })
    void saysWhyAYearCannotBeReadAndHowToWriteIt(String text, String whyJa, String whyEn) {
        assertThatThrownBy(() -> FiscalYears.parse(text))
                .isInstanceOfSatisfying(FiscalYears.Unreadable.class, e -> {
                    assertThat(e.written()).isEqualTo(text);
                    assertThat(e.reasonJa()).startsWith(whyJa).endsWith("書いてください");
                    assertThat(e.reasonEn()).startsWith(whyEn);
                });
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String text) {
        assertThatThrownBy(() -> FiscalYears.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
