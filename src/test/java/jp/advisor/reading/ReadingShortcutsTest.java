package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.advisor.facts.Comparison;
import jp.advisor.facts.Measure;

/**
 * The readers skip work that cannot change a reading: a pattern is not searched in a sentence without the characters
 * it needs, a matcher is not made where its first character is missing, and each character is normalised once. These
 * tests pin the cases each shortcut guards, so that a shortcut that skipped too much would show as a wrong reading.
 */
@ExtendWith(FreshReadings.class)
class ReadingShortcutsTest {

    /** Each of these is not a value; were its pattern skipped, it would be read as a second value beside 50人. */
    @ParameterizedTest
    @ValueSource(strings = {"平成二十八年", "令和元年", "H29", "r5", "28年度", "2016年", "4月", "4~3月", "11月23日",
            "23日(水)", "2016/4/1", "9:00", "第2回", "第四回", "[6-1-2]", "T-1", "様式3", "取組項目5", "番号12", "No.5",
            "NO5", "(5点満点)", "5段階評価"})
    void aNumberThatIsNotAValueIsSkippedBesideOneThatIs(String notAValue) {
        Measure m = JapaneseReader.measure(notAValue + " 50人");
        assertThat(m.problem()).isNull();
        assertThat(m.number()).isEqualByComparingTo("50");
        assertThat(m.unit()).isEqualTo("人");
    }

    @Test
    void aSentenceWithoutDigitsKanjiNumeralsOrStarsHoldsNoValue() {
        assertThat(ValueScanner.scan("目標達成に向けて取組を進める")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "2.5E3", "１ｅ５"})
    void aNumberInExponentNotationIsRefusedNotReadAsTwo(String written) {
        assertThat(JapaneseReader.measure(written).problem()).contains("指数表記");
    }

    @Test
    void fullWidthDigitsPercentAndKanjiNumeralsAreReadAfterNormalising() {
        assertThat(JapaneseReader.measure("５０．５％").number()).isEqualByComparingTo("50.5");
        assertThat(JapaneseReader.measure("51.4万件").number()).isEqualByComparingTo("514000");
        assertThat(JapaneseReader.measure("3万5千人").number()).isEqualByComparingTo("35000");
        assertThat(JapaneseReader.measure("二千人").number()).isEqualByComparingTo("2000");
        assertThat(JapaneseReader.measure("星二つ").unit()).isEqualTo("星");
        assertThat(JapaneseReader.measure("星ふたつ").number()).isEqualByComparingTo("2");
    }

    @Test
    void approximateAndChangeWordsAfterAValueAreStillSeen() {
        ValueScanner.Mention about = only("50%程度");
        assertThat(about.approximate()).isTrue();
        ValueScanner.Mention weak = only("50%弱");
        assertThat(weak.approximate()).isTrue();
        ValueScanner.Mention up = only("5%増");
        assertThat(up.relative()).isTrue();
        ValueScanner.Mention boundedChange = only("10%以上低下した");
        assertThat(boundedChange.relative()).isTrue();
        assertThat(boundedChange.comparator().comparison()).isEqualTo(Comparison.AT_LEAST);
        ValueScanner.Mention level = only("50%の");
        assertThat(level.approximate()).isFalse();
        assertThat(level.relative()).isFalse();
    }

    @Test
    void aShareOfAnotherValueAndARatioToLastYearAreRelative() {
        assertThat(only("前年度実績の80%").relative()).isTrue();
        assertThat(only("目標値の50%").relative()).isTrue();
        assertThat(only("前年度比110%").relative()).isTrue();
        assertThat(only("割合の80%").relative()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"以上", "以下", "未満", "を下回った", "に満たない", "を超える", "」以上"})
    void everyComparatorRightAfterAValueIsRead(String word) {
        assertThat(only("50%" + word).comparator()).isNotNull();
    }

    @Test
    void aValueWithoutAComparatorHasNone() {
        assertThat(only("50%を目指す").comparator()).isNull();
    }

    @Test
    void deadlinesInEveryEraAndFormAreStillFound() {
        assertThat(JapaneseReader.target("割合：平成29年度までに60%以上").deadlineFiscalYear()).isEqualTo(2017);
        assertThat(JapaneseReader.target("割合：令和元年度までに60%以上").deadlineFiscalYear()).isEqualTo(2019);
        assertThat(JapaneseReader.target("割合：R5までに60%以上").deadlineFiscalYear()).isEqualTo(2023);
        assertThat(JapaneseReader.target("割合：2019年度までに60%以上").deadlineFiscalYear()).isEqualTo(2019);
        assertThat(JapaneseReader.target("割合：29年度までに60%以上").problem()).contains("元号のない年度");
        assertThat(JapaneseReader.target("割合：2019年までに60%以上").problem()).contains("暦年");
    }

    @Test
    void periodsAndTheirAggregateAreStillFound() {
        assertThat(JapaneseReader.target("R2~R4累計 3,000件以上").periodStart()).isEqualTo(2020);
        assertThat(JapaneseReader.target("令和2年度から令和4年度までの平均 70%以上").periodStart()).isEqualTo(2020);
        assertThat(JapaneseReader.target("R2~R4 3,000件以上").problem()).contains("累計・合計・平均");
    }

    @Test
    void theSubjectOfATargetDropsYearsNumbersComparatorsAndPunctuation() {
        assertThat(jp.advisor.facts.Target.subjectOf("職員の割合：平成29年度までに85.5%以上。"))
                .isEqualTo(jp.advisor.facts.Target.subjectOf("職員の割合 100%"))
                .isEqualTo("職員の割合");
        assertThat(jp.advisor.facts.Target.subjectOf("参加者数（人）\t超える")).isEqualTo("参加者数人");
    }

    /** Each character is normalised once and remembered: what is remembered is the JDK's NFKC of that character. */
    @Test
    void aRememberedCharacterIsItsNfkc() {
        for (char c = 0x21; c <= 0x9FFF; c++) {
            if (Character.isSurrogate(c) || (c >= 0x2010 && c <= 0x2013) || c == 0x2053 || c == 0x2212
                    || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3200 && c <= 0x32FE)
                    || c == 0x301C) {
                continue; // mapped by the reader itself, see NormalisedTextTest
            }
            String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            char expected = nfkc.length() == 1 ? nfkc.charAt(0) : '\uFFFF';
            assertThat(NormalisedText.single(c)).as("U+%04X", (int) c).isEqualTo(expected);
            assertThat(NormalisedText.single(c)).as("U+%04X again", (int) c).isEqualTo(expected);
        }
        for (char c = 0xFF01; c <= 0xFF5E; c++) {
            assertThat(NormalisedText.single(c)).isEqualTo((char) (c - 0xFEE0)); // full-width ASCII
        }
    }

    /** The shortcut for letters, kana and kanji agrees with the full test on every character. */
    @Test
    void spacesAreTheSameWithAndWithoutTheShortcut() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean full = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
            assertThat(NormalisedText.isSpace((char) c)).as("U+%04X", c).isEqualTo(full);
        }
    }

    private static ValueScanner.Mention only(String text) {
        List<ValueScanner.Mention> mentions = ValueScanner.scan(NormalisedText.of(text).text());
        assertThat(mentions).as(text).hasSize(1);
        return mentions.get(0);
    }

}
