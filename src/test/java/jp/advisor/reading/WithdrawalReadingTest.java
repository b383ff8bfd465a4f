package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import jp.advisor.facts.Comparison;
import jp.advisor.facts.Measure;
import jp.advisor.facts.WithdrawalCriterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

@ExtendWith(FreshReadings.class)
class WithdrawalReadingTest {

    @Test
    void readsAMultipleOfTheTargetOrOfLastYearExactly() {
        WithdrawalCriterion target = JapaneseReader.withdrawal("苦情件数が目標値の2倍以上の場合事業再構築");
        assertThat(target.basis()).isEqualTo(jp.advisor.facts.Basis.TARGET);
        assertThat(target.fraction()).isEqualByComparingTo("2");
        assertThat(target.comparison()).isEqualTo(Comparison.AT_LEAST);

        WithdrawalCriterion previous = JapaneseReader.withdrawal("前年度実績の1.5倍を超えた場合は事業を再構築する");
        assertThat(previous.basis()).isEqualTo(jp.advisor.facts.Basis.PREVIOUS_YEAR);
        assertThat(previous.fraction()).isEqualByComparingTo("1.5");
        assertThat(previous.comparison()).isEqualTo(Comparison.MORE_THAN);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"前年度より5件以上増えた場合事業再構築",
            "利用率が10%以上低下した場合は事業を再構築する"})
    void neverReadsABoundOnAChangeAsALevel(String text) {
        // 「10%以上低下した」 bounds the fall, not the rate: read as 「10%以上」 it would trigger at a rate of 12%.
        WithdrawalCriterion w = JapaneseReader.withdrawal(text);
        assertThat(w.readable()).as(text).isFalse();
        assertThat(w.problem()).as(text).contains("増減・比率で書かれており");
    }

    @Test
    void readsBelowPhraseAsStrictlyLess() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("評価の割合が50%を下回った場合は、事業を再構築する。");
        assertThat(w.comparison()).isEqualTo(Comparison.LESS_THAN);
        assertThat(w.value()).isEqualByComparingTo(exact(50.0));
        assertThat(w.unit()).isEqualTo("%");
        assertThat(w.actionText()).isEqualTo("事業を再構築する。");
        assertThat(w.problem()).isNull();
    }

    @Test
    void readsAtMostPhraseAsLessOrEqual() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("50%以下の場合事業再構築");
        assertThat(w.comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(w.value()).isEqualByComparingTo(exact(50.0));
        assertThat(w.actionText()).isEqualTo("事業再構築");
    }

    @Test
    void readsAValueExactlyOnTheBoundaryDifferentlyForAtMostAndBelow() {
        Measure fifty = JapaneseReader.measure("50.0%");
        assertThat(JapaneseReader.withdrawal("50%以下の場合事業再構築").isTriggeredBy(fifty)).isTrue();
        assertThat(JapaneseReader.withdrawal("評価の割合が50%を下回った場合は、事業を再構築する。").isTriggeredBy(fifty)).isFalse();
        assertThat(JapaneseReader.withdrawal("評価の割合が50%を下回った場合は、事業を再構築する。")
                .isTriggeredBy(JapaneseReader.measure("49.9%"))).isTrue();
    }

    @Test
    void readsFullWidthThresholdAsHalfWidth() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("５０％以下の場合事業再構築");
        assertThat(w.value()).isEqualByComparingTo(exact(50.0));
        assertThat(w.actionText()).isEqualTo("事業再構築");
    }

    @ParameterizedTest(name = "「{0}」 → {1} {2}")
    @CsvSource({
            "'60%未満であれば事業手法を再検討する。', LESS_THAN, 事業手法を再検討する。",
            "'60%以下であれば、取組を再構築する', AT_MOST, 取組を再構築する",
            "'50%を下回れば事業を廃止する', LESS_THAN, 事業を廃止する",
            "'50%を下回る場合は事業を廃止する', LESS_THAN, 事業を廃止する",
            "'50%に満たない場合 、 事業を見直す', LESS_THAN, 事業を見直す",
            "'50%に満たなければ事業を見直す', LESS_THAN, 事業を見直す",
            "'50%を超えた場合は予算を減らす', MORE_THAN, 予算を減らす",
            "'50%を上回ったときは予算を減らす', MORE_THAN, 予算を減らす",
            "'50%超なら予算を減らす', MORE_THAN, 予算を減らす",
            "'50%以上の場合は継続する', AT_LEAST, 継続する",
    })
    void readsEachConditionWordAndTheActionAfterIt(String text, Comparison comparison, String action) {
        WithdrawalCriterion w = JapaneseReader.withdrawal(text);
        assertThat(w.comparison()).isEqualTo(comparison);
        assertThat(w.actionText()).isEqualTo(action);
        assertThat(w.problem()).isNull();
    }

    @Test
    void readsAYesNoConditionAsQualitativeAndStillGivesTheAction() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("体制作りが出来ない場合は、事業の再構築を行う。");
        assertThat(w.qualitative()).isTrue();
        assertThat(w.readable()).isFalse();
        assertThat(w.comparison()).isNull();
        assertThat(w.value()).isNull();
        assertThat(w.actionText()).isEqualTo("事業の再構築を行う。");
        assertThat(w.problem()).contains("体制作りが出来ない").contains("人が判断する");
    }

    @Test
    void keepsTheActionAsWrittenWithItsOwnCharacters() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("５０％以下の場合は、　ＰＤＣＡを見直す。 ");
        assertThat(w.actionText()).isEqualTo("ＰＤＣＡを見直す。");
    }

    @Test
    void readsAThresholdWithoutAnActionAndSaysSo() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("50%未満");
        assertThat(w.comparison()).isEqualTo(Comparison.LESS_THAN);
        assertThat(w.actionText()).isNull();
        assertThat(w.problem()).contains("措置");
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource({
            "'50%を下回らない場合は継続する', 否定",
            "'60%以上でない場合は廃止', 否定",
            "'約50%を下回った場合は廃止', 概数",
            "'50%の場合は廃止', 比較の言葉",
            "'30%以下または5件未満の場合は廃止', 2つ以上",
    })
    void readsWhatCannotBeReadExactlyAsUnreadableButKeepsTheAction(String text, String reason) {
        WithdrawalCriterion w = JapaneseReader.withdrawal(text);
        assertThat(w.readable()).isFalse();
        assertThat(w.qualitative()).isFalse();
        assertThat(w.problem()).contains(reason);
        assertThat(w.actionText()).isNotNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void readsABlankCriterionAsNotWritten(String text) {
        WithdrawalCriterion w = JapaneseReader.withdrawal(text);
        assertThat(w.readable()).isFalse();
        assertThat(w.problem()).isEqualTo("記載がありません");
    }

    static Stream<Arguments> seedCriteria() {
        return Stream.of(
                Arguments.of("評価の割合が50%を下回った場合は、事業を再構築する。", Comparison.LESS_THAN, 50.0, "事業を再構築する。"),
                Arguments.of("50%以下の場合事業再構築", Comparison.AT_MOST, 50.0, "事業再構築"),
                Arguments.of("参加者のアンケートにより区への愛着度が60％未満であれば事業手法を再検討する。", Comparison.LESS_THAN, 60.0, "事業手法を再検討する。"),
                Arguments.of("参加者のアンケートにより区への愛着度が60%未満であれば事業手法を再検討する。", Comparison.LESS_THAN, 60.0, "事業手法を再検討する。"),
                Arguments.of("左記目標が60%以下であれば、取組を再構築する", Comparison.AT_MOST, 60.0, "取組を再構築する"));
    }

    @ParameterizedTest(name = "「{0}」")
    @MethodSource("seedCriteria")
    void readsEverySeedNumericCriterion(String text, Comparison comparison, double value, String action) {
        assertThat(JapaneseReader.withdrawal(text))
                .isEqualTo(new WithdrawalCriterion(text, comparison, exact(value), "%", action, false, null));
    }

    @Test
    void readsTheSeedQualitativeCriterion() {
        String text = "体制作りが出来ない場合は、事業の再構築を行う。";
        WithdrawalCriterion w = JapaneseReader.withdrawal(text);
        assertThat(w.text()).isEqualTo(text);
        assertThat(w.qualitative()).isTrue();
        assertThat(w.actionText()).isEqualTo("事業の再構築を行う。");
        assertThat(w.unit()).isNull();
    }

    /** A number as the reader gives it: exact, in its shortest form (60.0 → 60). */
    static java.math.BigDecimal exact(double number) {
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(number).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    @Test
    void findsTheConditionsEndAfterItsFirstValueWhateverTheNumeralsAre() {
        // the kanji 五割 comes first in the sentence, the Arabic 2 of the action after 場合
        WithdrawalCriterion w = JapaneseReader.withdrawal("五割を下回った場合は、2事業を廃止");
        assertThat(w.comparison()).isEqualTo(Comparison.LESS_THAN);
        assertThat(w.value()).isEqualByComparingTo("50");
        assertThat(w.unit()).isEqualTo("%");
        assertThat(w.actionText()).isEqualTo("2事業を廃止");
        assertThat(w.problem()).isNull();
    }

    @Test
    void quotesOnlyTheConditionOfAYesNoCriterion() {
        WithdrawalCriterion w = JapaneseReader.withdrawal("体制作りが出来ない場合は事業を廃止");
        assertThat(w.qualitative()).isTrue();
        assertThat(w.problem()).contains("「体制作りが出来ない」");
    }

    @Test
    void keepsHowAShareWasWrittenButNotAPlainPercentage() {
        assertThat(JapaneseReader.withdrawal("7割未満の場合は廃止").written()).isEqualTo("7割");
        assertThat(JapaneseReader.withdrawal("7割未満の場合は廃止").value()).isEqualByComparingTo("70");
        assertThat(JapaneseReader.withdrawal("50%以下の場合は廃止").written()).isNull();
    }
}
