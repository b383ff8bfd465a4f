package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.advisor.facts.Aggregate;
import jp.advisor.facts.Basis;
import jp.advisor.facts.Comparison;
import jp.advisor.facts.Measure;
import jp.advisor.facts.Target;
import jp.advisor.facts.WithdrawalCriterion;

/** The phrasings of recent ward sheets, each family in several wordings: read exactly, or refused with the reason. */
@ExtendWith(FreshReadings.class)
class PhrasingsReadTest {

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource(delimiter = '|', value = {
            "…の割合を前年度より上回る|MORE_THAN",
            "…の割合について前年度を上回る|MORE_THAN",
            "相談件数を前年度より増加させる|MORE_THAN",
            "講座の参加者数を前年度より増やす|MORE_THAN",
            "…の割合を前年度実績以上とする|AT_LEAST",
            "窓口の平均待ち時間を前年度以下に抑える|AT_MOST",
            "不法投棄の件数を前年度より減少させる|LESS_THAN",
            "事故件数が前年度を下回る|LESS_THAN",
            "参加率を前年度並みに維持する|AT_LEAST",
            "参加率を前年度並みを維持|AT_LEAST",
            "ごみの量を前年度並みに抑える|AT_MOST",
    })
    void readsATargetRelativeToLastYear(String text, Comparison comparison) {
        Target t = JapaneseReader.target(text);
        assertThat(t.basis()).isEqualTo(Basis.PREVIOUS_YEAR);
        assertThat(t.comparison()).isEqualTo(comparison);
        assertThat(t.problem()).isNull();
        assertThat(t.readable()).as("known only once last year's value is").isFalse();
    }

    @Test
    void aTargetRelativeToLastYearTakesLastYearsValue() {
        Target t = JapaneseReader.target("…の割合を前年度より上回る").against(JapaneseReader.measure("47.4%"));
        assertThat(t.readable()).isTrue();
        assertThat(t.value()).isEqualByComparingTo("47.4");
        assertThat(t.display()).isEqualTo("前年度（47.4%）超");
    }

    @Test
    void aTargetRelativeToLastYearWithNoPreviousValueSaysSo() {
        Target t = JapaneseReader.target("…の割合を前年度より上回る").against(null);
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).contains("前年度の値が記載されていません");
    }

    @ParameterizedTest(name = "「{0}」")
    @CsvSource(delimiter = '|', value = {
            "…の割合が前年度を下回らない|否定",
            "…の割合を令和3年度に前年度より上回る|年度",
    })
    void refusesARelativeTargetItCannotReadExactly(String text, String reason) {
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).contains(reason);
    }

    @ParameterizedTest(name = "「{0}」")
    @CsvSource(delimiter = '|', value = {
            "見守り訪問件数（R2～R4累計目標）3,000件以上|2020|2022|CUMULATIVE|3000",
            "見守り訪問件数（R2〜R4累計）3,000件以上|2020|2022|CUMULATIVE|3000",
            "令和2年度から令和4年度までの合計で3,000件以上|2020|2022|CUMULATIVE|3000",
            "令和2年度から令和4年度までの合計 3000件|2020|2022|CUMULATIVE|3000",
            "平成28～30年度の通算で120回以上|2016|2018|CUMULATIVE|120",
            "満足度（平成28～30年度の平均）80%以上|2016|2018|AVERAGE|80",
            "2020～2022年度累計 500人以上|2020|2022|CUMULATIVE|500",
            "Ｒ２～Ｒ４累計 1,200世帯以上|2020|2022|CUMULATIVE|1200",
    })
    void readsAPeriodAsOneTargetDueInItsLastYear(String text, int first, int last, Aggregate aggregate, String value) {
        Target t = JapaneseReader.target(text);
        assertThat(t.problem()).isNull();
        assertThat(t.periodStart()).isEqualTo(first);
        assertThat(t.deadlineFiscalYear()).isEqualTo(last);
        assertThat(t.aggregate()).isEqualTo(aggregate);
        assertThat(t.value()).isEqualByComparingTo(value);
    }

    @Test
    void refusesAPeriodThatDoesNotSayTotalOrAverage() {
        Target t = JapaneseReader.target("見守り訪問件数 R2～R4で3,000件以上");
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).contains("累計・合計・平均");
    }

    @ParameterizedTest(name = "「{0}」 → {1}%")
    @CsvSource(delimiter = '|', value = {
            "7割以上|70", "７割以上|70", "7割5分以上|75", "7割5分3厘以上|75.3", "七割以上|70", "七割五分以上|75", "10割|100",
    })
    void readsWariAsAPercentage(String text, String percent) {
        Target t = JapaneseReader.target("…の割合 平成28年度に" + text);
        assertThat(t.unit()).isEqualTo("%");
        assertThat(t.value()).isEqualByComparingTo(percent);
        assertThat(t.display()).contains("（" + percent + "%）");
    }

    @Test
    void aWariDiscountIsAChangeNotALevel() {
        assertThat(JapaneseReader.measure("2割引").readable()).isFalse();
    }

    @ParameterizedTest(name = "「{0}」")
    @CsvSource(delimiter = '|', value = {
            "登録者数 1,500以上|1500|AT_LEAST", "登録者数1500を上回る|1500|MORE_THAN", "待機 20未満|20|LESS_THAN",
    })
    void readsABareNumberBeforeAComparator(String text, String value, Comparison comparison) {
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).as(t.problem()).isTrue();
        assertThat(t.unit()).isEmpty();
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.comparison()).isEqualTo(comparison);
    }

    @ParameterizedTest(name = "「{0}」 → {1} of {2}")
    @CsvSource(delimiter = '|', value = {
            "目標値の半分未満の場合は事業を再構築する|0.5|TARGET|LESS_THAN",
            "目標の半数に満たない場合は事業を再構築する|0.5|TARGET|LESS_THAN",
            "目標の5割未満の場合は事業手法を再検討する|0.5|TARGET|LESS_THAN",
            "目標値の80%に満たない場合は取組を再構築する|0.8|TARGET|LESS_THAN",
            "目標の4分の1以下であれば事業を廃止する|0.25|TARGET|AT_MOST",
            "前年度実績の8割未満の場合は事業を再構築する|0.8|PREVIOUS_YEAR|LESS_THAN",
            "前年度を下回った場合は事業手法を再検討する|1|PREVIOUS_YEAR|LESS_THAN",
    })
    void readsACriterionRelativeToTheTargetOrLastYear(String text, String fraction, Basis basis, Comparison comparison) {
        WithdrawalCriterion w = JapaneseReader.withdrawal(text);
        assertThat(w.problem()).isNull();
        assertThat(w.basis()).isEqualTo(basis);
        assertThat(w.fraction()).isEqualByComparingTo(fraction);
        assertThat(w.comparison()).isEqualTo(comparison);
        assertThat(w.actionText()).isNotBlank();
    }

    @Test
    void aCriterionRelativeToTheTargetTakesTheTargetsValueExactly() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("目標値の半分未満の場合は事業を再構築する")
                .against(JapaneseReader.target("満足度 60.5%以上"), null);
        assertThat(w.value()).isEqualByComparingTo("30.25");
        assertThat(w.unit()).isEqualTo("%");
        assertThat(w.display()).isEqualTo("目標値（60.5%以上）の半分（30.25%）未満");
    }

    @Test
    void refusesAShareThatHasNoExactDecimal() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("目標の3分の1未満の場合は事業を再構築する");
        assertThat(w.readable()).isFalse();
        assertThat(w.problem()).contains("割り切れない");
    }

    @Test
    void aShareOfTheTargetInATargetSentenceIsNotReadAsALevel() {
        Target t = JapaneseReader.target("前年度実績の8割以上");
        assertThat(t.readable()).isFalse();
    }

    @Test
    void readsACellWithThisYearsFigureAndTheTotalAsBoth() {
        Measure m = JapaneseReader.measure("今年度 812件（累計 2,630件）");
        assertThat(m.readable()).isFalse();
        assertThat(m.figure(Aggregate.YEAR).number()).isEqualByComparingTo("812");
        assertThat(m.figure(Aggregate.CUMULATIVE).number()).isEqualByComparingTo("2630");
    }

    @Test
    void readsACellWithAYearsFigureAndARangesTotal() {
        Measure m = JapaneseReader.measure("4年度 3,105世帯（R2～R4合計 8,412世帯）");
        assertThat(m.figure(Aggregate.YEAR).number()).isEqualByComparingTo("3105");
        assertThat(m.figure(Aggregate.CUMULATIVE).number()).isEqualByComparingTo("8412");
    }

    @Test
    void aLabelledTotalIsNotThisYearsFigure() {
        Measure m = JapaneseReader.measure("累計 2,630件");
        assertThat(m.number()).isEqualByComparingTo("2630");
        assertThat(m.figure(Aggregate.YEAR)).isNull();
        assertThat(m.figure(Aggregate.CUMULATIVE)).isSameAs(m);
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource(delimiter = '|', value = {
            "1億2,000万円|120000000", "3万5千人|35000", "1万500人|10500", "51.4万件|514000", "1.2兆円|1200000000000",
            "一兆二千億件|1200000000000", "九千九百九十九兆件|9999000000000000", "1億2000万500円|120000500",
    })
    void readsBigUnitsExactly(String text, BigDecimal number) {
        Measure m = JapaneseReader.measure(text);
        if (number.compareTo(new BigDecimal("1E15")) >= 0) {
            assertThat(m.readable()).isFalse();
            assertThat(m.problem()).contains("読める範囲");
        } else {
            assertThat(m.number()).isEqualByComparingTo(number);
        }
    }

    @Test
    void doesNotJoinGroupsThatAreNotOneNumber() {
        assertThat(JapaneseReader.measure("1億20000万円").readable()).isFalse();
    }

    @Test
    void readsDoAsACountButNotAnOrdinal() {
        assertThat(JapaneseReader.measure("2度").unit()).isEqualTo("度");
        assertThat(JapaneseReader.measure("3度目の開催").readable()).isFalse();
    }

    @Test
    void doesNotJoinAGroupAsLargeAsTheUnitBeforeIt() {
        // 10000万 is 1億: 「1億10000万」 is two numbers run together, not 2億
        assertThat(JapaneseReader.measure("1億10000万円").readable()).isFalse();
        assertThat(JapaneseReader.measure("1億9999万円").number()).isEqualByComparingTo("199990000");
    }

    @Test
    void doesNotJoinAGroupWithTheSameBigUnitAgain() {
        assertThat(JapaneseReader.measure("1万0万件").readable()).isFalse();
    }

    @Test
    void doesNotReadTwoNumbersJoinedByACommaAsOne() {
        Measure m = JapaneseReader.measure("3,4件です");
        assertThat(m.number()).as("「3,4件」 is not 34件").isNull();
        assertThat(m.readable()).isFalse();
    }

    @Test
    void readsTheValueRightAfterAMonthRange() {
        Measure m = JapaneseReader.measure("4～3月 12回");
        assertThat(m.number()).isEqualByComparingTo("12");
        assertThat(m.unit()).isEqualTo("回");
    }

    @Test
    void readsNoNumberInAWordThatBeginsWithABigUnit() {
        Measure m = JapaneseReader.measure("万人が参加できる催し 50人");
        assertThat(m.number()).isEqualByComparingTo("50");
        assertThat(m.unit()).isEqualTo("人");
    }

    @Test
    void namesEachStarGradeAsWrittenWhenACellHoldsTwo() {
        Measure m = JapaneseReader.measure("星2つ、星3つ");
        assertThat(m.readable()).isFalse();
        assertThat(m.problem()).contains("星2つ、星3つ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"二人三脚で支援した世帯 50世帯|50|世帯", "十人十色の相談 30件|30|件"})
    void readsNoCountInASetPhraseOfANumeralAndACounter(String text, BigDecimal number, String unit) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.number()).isEqualByComparingTo(number);
        assertThat(m.unit()).isEqualTo(unit);
    }

    @Test
    void readsAKanjiCountOrAnUnknownUnitThatEndsTheText() {
        assertThat(JapaneseReader.measure("参加者 五人").number()).isEqualByComparingTo("5");
        Measure themes = JapaneseReader.measure("4テーマ");
        assertThat(themes.readable()).isFalse();
        assertThat(themes.problem()).contains("テーマ");
    }

    @Test
    void readsUpToJustBelowOneThousandChoAndRefusesOneThousandChoItself() {
        assertThat(JapaneseReader.measure("999兆9999億9999万9999円").number())
                .isEqualByComparingTo("999999999999999");
        Measure limit = JapaneseReader.measure("1000兆円");
        assertThat(limit.readable()).isFalse();
        assertThat(limit.problem()).contains("読める範囲");
    }
}
