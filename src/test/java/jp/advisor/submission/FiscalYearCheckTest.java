package jp.advisor.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearCheckTest {

    @ParameterizedTest
    @CsvSource({
            "平成28年度, 2016", "H28年度, 2016", "H28, 2016", "h28, 2016", "令和5年度, 2023", "R5, 2023",
            "2016, 2016", "2016年度, 2016", "令和元年度, 2019", "平成31年度, 2019", "平成32年度, 2020",
            "平成２８年度, 2016", "Ｈ２８, 2016", "２０１６年度, 2016", "'平成 28 年度', 2016", "昭和64年, 1989"
    })
    void readsTheStartingYearOfEveryAcceptedForm(String written, int year) {
        assertThat(FiscalYearCheck.startYear(written)).hasValue(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "平成", "二〇一六年度", "平成二十八年度", "X28", "天平28年度", "16", "1200", "2016-04", "H0"})
    void refusesTextThatIsNotAFiscalYear(String written) {
        assertThat(FiscalYearCheck.startYear(written)).isEmpty();
    }
}
