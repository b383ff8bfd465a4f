package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource({
            "AT_LEAST,  50,    50,    true",
            "AT_LEAST,  49.99, 50,    false",
            "AT_LEAST,  50.01, 50,    true",
            "MORE_THAN, 50,    50,    false",
            "MORE_THAN, 50.01, 50,    true",
            "MORE_THAN, 49.99, 50,    false",
            "AT_MOST,   50,    50,    true",
            "AT_MOST,   50.01, 50,    false",
            "AT_MOST,   49.99, 50,    true",
            "LESS_THAN, 50,    50,    false",
            "LESS_THAN, 49.99, 50,    true",
            "LESS_THAN, 50.01, 50,    false",
            "AT_LEAST,  60.0,  60,    true",
            "MORE_THAN, 60.0,  60,    false"})
    void comparesExactlyOnBothSidesOfTheThreshold(Comparison comparison, BigDecimal value, BigDecimal threshold,
                                                  boolean expected) {
        assertThat(comparison.test(value, threshold)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"AT_LEAST, true", "MORE_THAN, true", "AT_MOST, false", "LESS_THAN, false"})
    void saysWhichWayATargetIsReached(Comparison comparison, boolean higherIsBetter) {
        assertThat(comparison.higherIsBetter()).isEqualTo(higherIsBetter);
    }

    @ParameterizedTest
    @CsvSource({"AT_LEAST, 以上, at least, ≥", "MORE_THAN, 超, more than, >", "AT_MOST, 以下, at most, ≤",
            "LESS_THAN, 未満, less than, <"})
    void namesEachComparatorInJapaneseEnglishAndAsASymbol(Comparison comparison, String ja, String en, String symbol) {
        assertThat(comparison.ja()).isEqualTo(ja);
        assertThat(comparison.en()).isEqualTo(en);
        assertThat(comparison.symbol()).isEqualTo(symbol);
    }
}
