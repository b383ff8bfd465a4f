package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    @Test
    void turnsFullWidthDigitsAndSignsIntoHalfWidth() {
        assertThat(NormalisedText.of("５０％以上（Ｈ２９年度）").text()).isEqualTo("50%以上(H29年度)");
    }

    @Test
    void dropsExtractionSpacesButKeepsTwoNumbersApart() {
        assertThat(NormalisedText.of("H29年度ま でに 1件以上").text()).isEqualTo("H29年度までに1件以上");
        assertThat(NormalisedText.of("82.65% 83.08%").text()).isEqualTo("82.65%83.08%");
        assertThat(NormalisedText.of("2 212").text()).isEqualTo("2 212");
    }

    @Test
    void stripsThousandsSeparatorsOnlyInsideNumbers() {
        assertThat(NormalisedText.of("4,858人、654回").text()).isEqualTo("4858人、654回");
        assertThat(NormalisedText.of("1,234,567件").text()).isEqualTo("1234567件");
        assertThat(NormalisedText.of("2,212").text()).isEqualTo("2212");
        assertThat(NormalisedText.of("4,85").text()).isEqualTo("4,85");
    }

    @Test
    void readsBothWaveDashesAsOneTilde() {
        assertThat(NormalisedText.of("4～3月 4〜3月").text()).isEqualTo("4~3月4~3月");
    }

    @Test
    void dropsListMarkersThatNormalisationWouldTurnIntoDigits() {
        assertThat(NormalisedText.of("①目標達成 ㊦取組").text()).isEqualTo("目標達成取組");
    }

    @Test
    void remembersWhereEachCharacterCameFrom() {
        NormalisedText n = NormalisedText.of("５０％以下の場合 、 事業　再構築");
        int action = n.text().indexOf("事業");
        assertThat(n.originalFrom(action)).isEqualTo("事業　再構築");
        assertThat(n.originalBefore(n.text().indexOf("の場合"))).isEqualTo("５０％以下");
    }

    @Test
    void dropsTheFirstAndLastMarkersThatWouldBecomeDigits() {
        assertThat(NormalisedText.of("①50%").text()).isEqualTo("50%");   // U+2460, the first circled digit
        assertThat(NormalisedText.of("⓿50%").text()).isEqualTo("50%");   // U+24FF, the last of its block
        assertThat(NormalisedText.of("\u277650%").text()).isEqualTo("50%"); // ❶, the first dingbat digit
        assertThat(NormalisedText.of("\u279350%").text()).isEqualTo("50%"); // ➓, the last
        assertThat(NormalisedText.of("\u320050%").text()).isEqualTo("50%"); // ㈀, the first enclosed CJK letter
        assertThat(NormalisedText.of("\u32FE50%").text()).isEqualTo("50%"); // ㋾, the last
    }

    @Test
    void readsEveryHyphenAndDashOfItsRangeAsAHyphen() {
        assertThat(NormalisedText.of("6\u20101\u20132").text()).isEqualTo("6-1-2"); // ‐ U+2010 and – U+2013
        assertThat(NormalisedText.of("6\u22121").text()).isEqualTo("6-1");         // − U+2212
    }

    @Test
    void dropsSpacesAtEitherEndWithoutLosingTheNumber() {
        assertThat(NormalisedText.of(" 50%").text()).isEqualTo("50%");
        assertThat(NormalisedText.of("50 ").text()).isEqualTo("50");
        assertThat(NormalisedText.of("  ").text()).isEmpty();
    }

    @Test
    void keepsACommaThatIsNotFollowedByThreeDigits() {
        assertThat(NormalisedText.of("3,4件です").text()).isEqualTo("3,4件です");
        assertThat(NormalisedText.of("3,45件").text()).isEqualTo("3,45件");
        assertThat(NormalisedText.of("件数,500件").text()).isEqualTo("件数,500件"); // not after a digit
    }

    @Test
    void keepsTwoNumbersApartAcrossAListMarker() {
        assertThat(NormalisedText.of("2①3").text()).isEqualTo("2 3");
    }

    @Test
    void keepsACommaThatBeginsTheText() {
        assertThat(NormalisedText.of(",500件").text()).isEqualTo(",500件");
    }
}
