package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import jp.advisor.facts.Comparison;
import jp.advisor.facts.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(FreshReadings.class)
class TargetReadingTest {

    private static final Comparison AT_LEAST = Comparison.AT_LEAST;

    @Test
    void readsAStatedAtLeastTargetWithItsDeadline() {
        Target t = JapaneseReader.target("…割合：平成29年度までに60%以上");
        assertThat(t).isEqualTo(new Target("…割合：平成29年度までに60%以上", AT_LEAST, false, exact(60.0), "%", 2017, false, null));
    }

    @Test
    void readsATargetWithNoComparatorAsALevelToReachAndSaysItIsImplied() {
        Target t = JapaneseReader.target("アンケートにおいて、「地域で支え合っている割合」が平成31年度までに70%");
        assertThat(t.comparison()).isEqualTo(AT_LEAST);
        assertThat(t.comparisonImplied()).isTrue();
        assertThat(t.value()).isEqualByComparingTo(exact(70.0));
        assertThat(t.unit()).isEqualTo("%");
        assertThat(t.deadlineFiscalYear()).isEqualTo(2019);
        assertThat(t.readable()).isTrue();
    }

    @Test
    void readsAStarGradeTargetWithTheYearInParentheses() {
        Target t = JapaneseReader.target("区役所来庁者等に対するサービスの格付け結果について、星2つの評価を得る(平成28年度)");
        assertThat(t.comparison()).isEqualTo(AT_LEAST);
        assertThat(t.comparisonImplied()).isTrue();
        assertThat(t.value()).isEqualByComparingTo(exact(2.0));
        assertThat(t.unit()).isEqualTo("星");
        assertThat(t.deadlineFiscalYear()).isEqualTo(2016);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"前年度より5件以上増やす", "相談件数を10%以上削減する",
            "利用率の10%以上の増加", "待ち時間を3日以上短縮"})
    void neverReadsABoundOnAChangeAsALevel(String text) {
        // 「5件以上増やす」 bounds the increase, not the count: reading it as 「5件以上」 would rate 33件 as met.
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).as(text).isFalse();
    }

    @Test
    void readsACountTarget() {
        Target t = JapaneseReader.target("…件数 平成29年度までに1件以上");
        assertThat(t).isEqualTo(new Target("…件数 平成29年度までに1件以上", AT_LEAST, false, exact(1.0), "件", 2017, false, null));
    }

    @Test
    void readsATargetForEveryAreaByItsValue() {
        Target t = JapaneseReader.target("…の割合を平成28年度までに全地域で80%以上");
        assertThat(t.value()).isEqualByComparingTo(exact(80.0));
        assertThat(t.comparison()).isEqualTo(AT_LEAST);
        assertThat(t.deadlineFiscalYear()).isEqualTo(2016);
    }

    @Test
    void readsATargetWithoutADeadlineAsThisYearsTarget() {
        Target t = JapaneseReader.target("参加者のアンケートによる区への愛着度 80％以上");
        assertThat(t.value()).isEqualByComparingTo(exact(80.0));
        assertThat(t.comparisonImplied()).isFalse();
        assertThat(t.deadlineFiscalYear()).isNull();
    }

    @Test
    void readsATargetEndingInAFullStop() {
        Target t = JapaneseReader.target("…職員の割合85%以上。");
        assertThat(t.value()).isEqualByComparingTo(exact(85.0));
        assertThat(t.comparison()).isEqualTo(AT_LEAST);
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource({
            "60%以上, AT_LEAST",
            "60%以下, AT_MOST",
            "60%以内, AT_MOST",
            "60%未満, LESS_THAN",
            "60%を下回る, LESS_THAN",
            "60%に満たない, LESS_THAN",
            "60%超, MORE_THAN",
            "60%を超える, MORE_THAN",
            "60%を上回る, MORE_THAN",
            "６０％以上, AT_LEAST",
    })
    void readsEachComparatorWord(String text, Comparison comparison) {
        Target t = JapaneseReader.target(text);
        assertThat(t.comparison()).isEqualTo(comparison);
        assertThat(t.comparisonImplied()).isFalse();
        assertThat(t.value()).isEqualByComparingTo(exact(60.0));
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource({
            "平成29年度までに60%以上, 2017",
            "H29年度までに60%以上, 2017",
            "'H29年度まで に 60%以上', 2017",
            "'H29年度ま でに 60%以上', 2017",
            "令和5年度までに60%以上, 2023",
            "令和元年度までに60%以上, 2019",
            "R5年度 60%以上, 2023",
            "2019年度までに60%以上, 2019",
            "平成27年度中に60%以上, 2015",
            "60%以上(平成28年度), 2016",
            "６０％以上（平成２８年度）, 2016",
            "平成32年度までに60%以上, 2020",
    })
    void readsTheDeadlineFiscalYear(String text, int year) {
        assertThat(JapaneseReader.target(text).deadlineFiscalYear()).isEqualTo(year);
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"…会議等を行う体制を作る。", "地域課題解決に向けた民間事業者と連携した会議等を行う体制を作る。",
            "平成27年度中に地域資源に関する情報が得られる仕組みを立ち上げる。",
            "平成27年度中に地域資源に関する情 報が得られる仕組みを立ち上げる。"})
    void readsAStateAsAQualitativeTarget(String text) {
        Target t = JapaneseReader.target(text);
        assertThat(t.qualitative()).isTrue();
        assertThat(t.readable()).isFalse();
        assertThat(t.value()).isNull();
        assertThat(t.problem()).contains("状態を目標");
    }

    @Test
    void readsAYearWithoutATargetValueAsStillQualitative() {
        Target t = JapaneseReader.target("平成27年度中に地域資源に関する情報が得られる仕組みを立ち上げる。");
        assertThat(t.qualitative()).isTrue();
        assertThat(t.problem()).contains("平成27年度").contains("目標値はありません");
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"H29年度までに80%以上 H29年度までに3.5点以上", "H29年度まで に 80%以上 H29年度まで に 3.5点以上"})
    void readsASentenceHoldingTwoTargetsAsUnreadable(String text) {
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).isFalse();
        assertThat(t.qualitative()).isFalse();
        assertThat(t.problem()).contains("目標が2つ以上").contains("80%以上").contains("3.5点以上");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void readsABlankTargetAsNotWritten(String text) {
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).isEqualTo("記載がありません");
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource({
            "約80%以上, 概数",
            "29年度までに60%以上, 元号のない年度",
            "2019年までに60%以上, 暦年",
            "平成29年度までに平成26年度比10%増, 増減",
            "平成26年度比で60%以上, 基準の年度",
            "平成28年度までに60%以上 平成29年度までに60%以上, 期限の年度が2つ以上",
            "50%を下回らない, 否定",
            "待ち時間を平均10分に短縮する, 減らす目標",
            "区長以下全職員の受講率 100%, 比較の言葉「以下」",
            "ラウンドテーブルを4テーマで開催, 単位",
    })
    void readsWhatCannotBeReadExactlyAsUnreadableWithTheReason(String text, String reason) {
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).isFalse();
        assertThat(t.qualitative()).isFalse();
        assertThat(t.problem()).contains(reason);
    }

    static Stream<Arguments> seedTargets() {
        return Stream.of(
                // 成果指標と目標値
                Arguments.of("H29年度までに50%以上", AT_LEAST, false, 50.0, "%", 2017),
                Arguments.of("H29年度まで に 50%以上", AT_LEAST, false, 50.0, "%", 2017),
                Arguments.of("H29年度まで に 60%以上", AT_LEAST, false, 60.0, "%", 2017),
                Arguments.of("H29年度までに60%以上", AT_LEAST, false, 60.0, "%", 2017),
                Arguments.of("H29年度まで に 80%以上", AT_LEAST, false, 80.0, "%", 2017),
                Arguments.of("H29年度までに80%以上", AT_LEAST, false, 80.0, "%", 2017),
                Arguments.of("H29年度ま でに 1件以上", AT_LEAST, false, 1.0, "件", 2017),
                Arguments.of("H29年度までに1件以上", AT_LEAST, false, 1.0, "件", 2017),
                // アウトカム (sheet 1)
                Arguments.of("アンケートにおいて、「地域で支え合っている割合」が平成31年度までに70%", AT_LEAST, true, 70.0, "%", 2019),
                Arguments.of("地域のまちづくりに関する活動が地域団体やNPO、企業などさまざまな活動主体の連携・協働により進められていると感じている区民の割合：平成29年度までに60%以上", AT_LEAST, false, 60.0, "%", 2017),
                Arguments.of("地域のまちづくりに関する活動が地域団体やN P O、企業などさまざまな活動主体の連携・協働 により進められていると感じている区民の割合： 平成29年度までに60%以上", AT_LEAST, false, 60.0, "%", 2017),
                Arguments.of("(アンケートの実施) 区民の大正区への愛着が深まったと答えた人の割合 平成29年度までに 70%", AT_LEAST, true, 70.0, "%", 2017),
                Arguments.of("(アンケートの実施) 区民の大正区への愛着が深まったと答えた人の 割合 平成29年度までに 70%", AT_LEAST, true, 70.0, "%", 2017),
                Arguments.of("・地域社会における課題の解決やニーズへの対 応に向け住民が新たに取組む継続的な活動 (コミュニティビジネス、ソーシャル・ビジネス)が 創出された件数 平成29年度までに1件以上", AT_LEAST, false, 1.0, "件", 2017),
                Arguments.of("・社会的ビジネス効果が見込まれる事務事業件 数 平成29年度までに1件以上", AT_LEAST, false, 1.0, "件", 2017),
                Arguments.of("・区役所来庁者等に対するサービスの格付け結 果について、星2つの評価を得る(平成28年度)", AT_LEAST, true, 2.0, "星", 2016),
                Arguments.of("区の取組に関して、必要な情報が発信されてい ると感じる区民の割合80%", AT_LEAST, true, 80.0, "%", null),
                Arguments.of("区政会議の参加者が区政会議での内容が区政 に反映されていると感じている割合 50%以上", AT_LEAST, false, 50.0, "%", null),
                Arguments.of("コンプライアンス研修受講者アンケートで「研修 の内容に満足した」と回答した職員の割合100%", AT_LEAST, true, 100.0, "%", null),
                // 業績目標 (sheet 2)
                Arguments.of("地域福祉の担い手に対するアンケート調査で、地域見守り活動が区民の福祉や災害時における要援護者の把握に寄与しているとの評価の割合が60%以上", AT_LEAST, false, 60.0, "%", null),
                Arguments.of("地域活動をしている人のうち、区役所が中間支援組織と連携して各地域の実情に応じた一体的・総合的な支援を行っていると感じている人の割合を平成28年度までに全地域で80%以上", AT_LEAST, false, 80.0, "%", 2016),
                Arguments.of("参加者のアンケートによる区への愛着度 80％以上", AT_LEAST, false, 80.0, "%", null),
                Arguments.of("参加者のアンケートによる区への愛着度 80%以上", AT_LEAST, false, 80.0, "%", null),
                Arguments.of("区の取組に関して、必要な情報が発信されていると感じる区民の割合80%", AT_LEAST, true, 80.0, "%", null),
                Arguments.of("区政会議の参加者が区政会議での内容が区政に反映されていると感じている割合 50%以上", AT_LEAST, false, 50.0, "%", null),
                Arguments.of("区の実情に合った取組が実施されていると感じる区民の割合80%", AT_LEAST, true, 80.0, "%", null),
                Arguments.of("窓口サービスに関するアンケートにおいて「良い」と回答した人の割合85%以上", AT_LEAST, false, 85.0, "%", null),
                Arguments.of("コンプライアンス研修受講者アンケートで「研修の内容に満足した」と回答した職員の割合85%以上。", AT_LEAST, false, 85.0, "%", null));
    }

    @ParameterizedTest(name = "「{0}」")
    @MethodSource("seedTargets")
    void readsEverySeedTarget(String text, Comparison comparison, boolean implied, double value, String unit,
                              Integer deadline) {
        assertThat(JapaneseReader.target(text))
                .isEqualTo(new Target(text, comparison, implied, exact(value), unit, deadline, false, null));
    }

    static Stream<Arguments> seedTargetsThatAreNotNumbers() {
        return Stream.of(
                Arguments.of("平成27年度中に地域資源に関する情 報が得られる仕組みを立ち上げる。", true, "状態を目標"),
                Arguments.of("平成27年度中に地域資源に関する情報が得られる仕組みを立ち上げる。", true, "状態を目標"),
                Arguments.of("地域課題解決に向けた民間事業者と連携した会議等を行う体制を作る。", true, "状態を目標"),
                Arguments.of("H29年度まで に 80%以上 H29年度まで に 3.5点以上", false, "目標が2つ以上"),
                Arguments.of("H29年度までに80%以上 H29年度までに3.5点以上", false, "目標が2つ以上"));
    }

    @ParameterizedTest(name = "「{0}」")
    @MethodSource("seedTargetsThatAreNotNumbers")
    void readsEverySeedTargetThatIsNotOneNumberWithTheReason(String text, boolean qualitative, String reason) {
        Target t = JapaneseReader.target(text);
        assertThat(t.readable()).isFalse();
        assertThat(t.qualitative()).isEqualTo(qualitative);
        assertThat(t.problem()).contains(reason);
        assertThat(t.text()).isEqualTo(text);
    }

    /** A number as the reader gives it: exact, in its shortest form (60.0 → 60). */
    static java.math.BigDecimal exact(double number) {
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(number).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    @Test
    void quotesTheWholeNegatedPhraseItLeavesToAPerson() {
        Target t = JapaneseReader.target("前年度を下回らない");
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).contains("「前年度を下回らない」");
    }

    @Test
    void namesThePeriodWhenATargetRelativeToLastYearAlsoNamesOne() {
        Target t = JapaneseReader.target("令和2年度から令和4年度まで前年度を上回る");
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).contains("「令和2年度から令和4年度");
    }

    @Test
    void readsOneNumberWithTwoComparatorsAsTwoTargets() {
        Target t = JapaneseReader.target("50%以上（50%未満は再検討）");
        assertThat(t.readable()).isFalse();
        assertThat(t.problem()).contains("目標が2つ以上");
    }

    @ParameterizedTest
    @ValueSource(strings = {"R2～R2累計 100件以上", "2020～2020年度累計 100件以上"})
    void readsNoPeriodFromAYearToItself(String text) {
        Target t = JapaneseReader.target(text);
        assertThat(t.periodStart()).isNull();
        assertThat(t.overPeriod()).isFalse();
    }
}
