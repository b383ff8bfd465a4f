package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KanjiNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "〇, 0", "一, 1", "二, 2", "九, 9", "十, 10", "二十, 20", "二十八, 28", "百, 100", "百二十三, 123",
            "千, 1000", "三千五百, 3500", "一万, 10000", "五十万, 500000", "二〇一六, 2016",
    })
    void readsKanjiNumerals(String text, long value) {
        assertThat(KanjiNumerals.parse(text)).hasValue(java.math.BigDecimal.valueOf(value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"二二十", "十百", "〇十", "万", "一x", "十〇五", "二十三十", "一万二万"})
    void doesNotGuessAtNumeralsOutOfOrder(String text) {
        assertThat(KanjiNumerals.parse(text)).isEmpty();
    }
}
