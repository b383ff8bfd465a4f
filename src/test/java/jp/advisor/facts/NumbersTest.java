package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"60.0, 60", "44.55, 44.55", "44.555, 44.56", "44.554, 44.55", "1E+3, 1000", "0.10, 0.1", "0, 0"})
    void showsANumberWithoutNeedlessZerosAndAtMostTwoDecimals(BigDecimal number, String shown) {
        assertThat(Numbers.show(number)).isEqualTo(shown);
    }

    @Test
    void showsADoubleTheSameWay() {
        assertThat(Numbers.show(44.6)).isEqualTo("44.6");
        assertThat(Numbers.show(70.0, "%")).isEqualTo("70%");
    }

    @Test
    void showsAMissingNumberAsNone() {
        assertThat(Numbers.show((BigDecimal) null)).isEqualTo("（なし）");
    }

    @Test
    void showsTheUnitAfterTheNumberAndAStarGradeAroundIt() {
        assertThat(Numbers.show(new BigDecimal("50"), "%")).isEqualTo("50%");
        assertThat(Numbers.show(new BigDecimal("2"), "星")).isEqualTo("星2つ");
        assertThat(Numbers.show(new BigDecimal("1500"), "")).isEqualTo("1500");
        assertThat(Numbers.show(new BigDecimal("1500"), null)).isEqualTo("1500");
    }

    @Test
    void showsAThresholdAsWrittenBesideItsComparedNumberOnlyWhenTheyDiffer() {
        assertThat(Numbers.showWritten("7割", new BigDecimal("70"), "%")).isEqualTo("7割（70%）");
        assertThat(Numbers.showWritten("50名", new BigDecimal("50"), "人")).isEqualTo("50名");
        assertThat(Numbers.showWritten(null, new BigDecimal("50"), "%")).isEqualTo("50%");
    }

    @Test
    void namesAFiscalYearAsTheSheetsDo() {
        assertThat(Numbers.fiscalYearJa(2017)).isEqualTo("平成29年度");
        assertThat(Numbers.fiscalYearJa(2019)).isEqualTo("令和元年度");
        assertThat(Numbers.fiscalYearJa(2020)).isEqualTo("令和2年度");
    }

    @Test
    void findsAPointAlongAStraightLineExactly() {
        assertThat(Numbers.along(new BigDecimal("40"), new BigDecimal("60"), 4, 1)).isEqualByComparingTo("45");
        assertThat(Numbers.along(BigDecimal.ZERO, new BigDecimal("3000"), 3, 2)).isEqualByComparingTo("2000");
        assertThat(Numbers.along(new BigDecimal("60"), new BigDecimal("40"), 4, 1)).isEqualByComparingTo("55");
        assertThat(Numbers.along(new BigDecimal("40"), new BigDecimal("60"), 1, 1)).isEqualByComparingTo("60");
    }

    @Test
    void givesAPointAlongTheLineWithoutNeedlessZeros() {
        assertThat(Numbers.along(new BigDecimal("40.0"), new BigDecimal("60.0"), 2, 1).toPlainString()).isEqualTo("50");
    }

    @Test
    void roundsToOneDecimalHalfUp() {
        assertThat(Numbers.oneDecimal(44.65)).isEqualTo(44.7);
        assertThat(Numbers.oneDecimal(44.64)).isEqualTo(44.6);
    }
}
