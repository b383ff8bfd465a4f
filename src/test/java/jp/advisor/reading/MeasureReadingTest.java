package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import jp.advisor.facts.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(FreshReadings.class)
class MeasureReadingTest {

    @Test
    void readsFullWidthPercentAsHalfWidth() {
        Measure m = JapaneseReader.measure("５０％");
        assertThat(m.number()).isEqualByComparingTo(exact(50.0));
        assertThat(m.unit()).isEqualTo("%");
        assertThat(m.problem()).isNull();
    }

    @Test
    void readsAValueJustBelowABoundaryExactly() {
        assertThat(JapaneseReader.measure("59.9%").number()).isEqualByComparingTo(exact(59.9));
    }

    @Test
    void keepsTheTextExactlyAsGiven() {
        String text = "大正区への愛着度 81.47%(各事業で のアンケート結果の平均)";
        assertThat(JapaneseReader.measure(text).text()).isSameAs(text);
        assertThat(JapaneseReader.measure("５０％").text()).isEqualTo("５０％");
    }

    @ParameterizedTest(name = "「{0}」 → {1} {2}")
    @CsvSource({
            "54.1%, 54.1, %",
            "５０％, 50, %",
            "50パーセント, 50, %",
            "星2つ, 2, 星",
            "星二つ, 2, 星",
            "星一つ, 1, 星",
            "星ふたつ, 2, 星",
            "2つ星, 2, 星",
            "51.4万件, 514000, 件",
            "2074名, 2074, 名",
            "'2,074名', 2074, 名",
            "1件, 1, 件",
            "3.5点, 3.5, 点",
            "9回, 9, 回",
            "二十件, 20, 件",
            "百二十三件, 123, 件",
            "三回, 3, 回",
            "五十%, 50, %",
            "2.5倍, 2.5, 倍",
            "3か所, 3, か所",
            "3ヶ所, 3, か所",
            "'2,212', 2212, ''",
            "32.0%, 32.0, %",
            "59.9%, 59.9, %",
            "０．５％, 0.5, %",
    })
    void readsAValueWithItsUnit(String text, double number, String unit) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.problem()).isNull();
        assertThat(m.number()).isEqualByComparingTo(exact(number));
        assertThat(m.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "「{0}」 → {1} {2}")
    @CsvSource({
            "'大正区への愛着度 81.47%(各事業でのアンケート結果の平均)', 81.47, %",
            "'区役所来庁者等に対するサービスの格付け結果：星二つ', 2, 星",
            "'ツイッターフォロワー数 平成28年度末2,212', 2212, ''",
            "'平成28年度の満足度は88.1%', 88.1, %",
            "'28年度末の割合 60%', 60, %",
            "'4月～3月の来場者 2074名', 2074, 名",
            "'11月23日の来場者 2074名', 2074, 名",
            "'第2回区民モニターで88.1%', 88.1, %",
            "'調査(5点満点)での点数 3.8点', 3.8, 点",
            "'過去1年間の相談件数 12件', 12, 件",
            "'令和5年度 75%', 75, %",
            "'R5 75%', 75, %",
            "'職員一人ひとりの受講率 98%', 98, %",
            "'千島団地の来場者 2074名', 2074, 名",
            "'契約5件', 5, 件",
    })
    void readsTheOneValueAmongWordsYearsAndDates(String text, double number, String unit) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.problem()).isNull();
        assertThat(m.number()).isEqualByComparingTo(exact(number));
        assertThat(m.unit()).isEqualTo(unit);
    }

    @Test
    void readsTheSameValueWrittenTwiceAsOneValue() {
        Measure m = JapaneseReader.measure("満足度 88.1% (再掲 88.1%)");
        assertThat(m.number()).isEqualByComparingTo(exact(88.1));
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"回答率： 82.65% 83.08%", "29.2% 63%", "ラボへの来場者 2074名 UR現地案内所への来場者 前年度比約2.5倍",
            "毎月1回～2回", "2 212"})
    void readsTwoDifferentValuesAsAmbiguous(String text) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.readable()).isFalse();
        assertThat(m.problem()).contains("数値が複数あり");
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"約2.5倍", "前年度比約2.5倍", "50%程度", "およそ80%", "80%前後", "50程度", "1余", "100余り", "参加者 30前後"})
    void readsAnApproximationAsUnreadable(String text) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.readable()).isFalse();
        assertThat(m.problem()).contains("概数");
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"大正・港エリア空き家活動協議会を民間 主導で設置し、We ComPass事業と して運営開始。",
            "TAISYO UPプロジェクトとして、民間 企業によるDIY活動拠点の設置・運営 が開始。",
            "11月23日UR千島団地内の広場にてDIYマーケットイベントを開催。", "平成28年度に実施"})
    void readsATextWithoutANumberAsQualitative(String text) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.readable()).isFalse();
        assertThat(m.problem()).contains("定性的");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "　"})
    void readsABlankCellAsNotWritten(String text) {
        assertThat(JapaneseReader.measure(text).problem()).isEqualTo("記載がありません");
    }

    @Test
    void readsARangeAsUnreadable() {
        assertThat(JapaneseReader.measure("80%以上").problem()).contains("範囲");
    }

    @Test
    void readsAChangeAsUnreadableBecauseItIsNotALevel() {
        assertThat(JapaneseReader.measure("前年比5%増").problem()).contains("増減");
        assertThat(JapaneseReader.measure("前年比110%").problem()).contains("増減");
    }

    @Test
    void readsANumberWithAnUnknownUnitAsUnreadable() {
        assertThat(JapaneseReader.measure("4テーマで開催").problem()).contains("単位「テーマ」");
    }

    static Stream<Arguments> seedValues() {
        return Stream.of(
                // アウトカムの達成状況 and 前年度 (sheet 1)
                Arguments.of("アンケートにおいて、「地域で支え合っていると感じる割合」が54.1%", 54.1, "%"),
                Arguments.of("47.4%", 47.4, "%"),
                Arguments.of("さまざまな市民活動団体が集まって、 地域の活動や地域課題について話し 合うことが活発になっていると思う区 民の割合 32.0%", 32.0, "%"),
                Arguments.of("29.2%", 29.2, "%"),
                Arguments.of("地域活動協議会の構成団体同士の 連携・協働の支援が役に立ったと思う 区民の割合 65.7%", 65.7, "%"),
                Arguments.of("63%", 63.0, "%"),
                Arguments.of("大正区への愛着度 81.47%(各事業でのアンケート結果の平均)", 81.47, "%"),
                Arguments.of("大正区への愛着度 81.47%(各事業で のアンケート結果の平均)", 81.47, "%"),
                Arguments.of("88.5%", 88.5, "%"),
                Arguments.of("区役所来庁者等に対するサービスの 格付け結果：星二つ", 2.0, "星"),
                Arguments.of("星一つ", 1.0, "星"),
                // 取組実績 (sheet 2)
                Arguments.of("地域見守り活動が要援護者の発見や状況の把握につながっているとの評価の割合が88%", 88.0, "%"),
                Arguments.of("地域活動をしている人のうち、区役所が中間支援組織と連携して各地域の実情に応じた一体的・総合的な支援を行っていると感じている人の割合91.3%", 91.3, "%"),
                Arguments.of("地域活動をしている人のうち、区役所が中間支援組織と連携して各地域の実情に応じた一体的・総合的な支援を行っていると感じている人の割合 91.3%", 91.3, "%"),
                Arguments.of("自主企画事業に係る参加者アンケートによる大正区に愛着を感じたとの回答 80.66％", 80.66, "%"),
                Arguments.of("自主企画事業に係る参加者アンケートによる大正区に愛着を感じたとの回答 80.66%", 80.66, "%"),
                Arguments.of("6回協議を実施。", 6.0, "回"),
                Arguments.of("窓口サービスに関するアンケートにおいて「良い」と回答した人の割合:85%", 85.0, "%"),
                Arguments.of("コンプライアンス研修受講者アンケートで「研修の内容に満足した」と回答した職員の割合(98%)", 98.0, "%"),
                Arguments.of("・ホームページアクセス件数：年間51.4万件", 514000.0, "件"),
                Arguments.of("・ツイッターフォロワー数：平成28年度末2,212", 2212.0, ""),
                Arguments.of("・フェイスブック「いいね」数：平成28年度末595", 595.0, ""),
                Arguments.of("ラボへの来場者 2074名", 2074.0, "名"));
    }

    @ParameterizedTest(name = "「{0}」 → {1} {2}")
    @MethodSource("seedValues")
    void readsEverySeedValueThatHoldsOneNumber(String text, double number, String unit) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.problem()).isNull();
        assertThat(m.number()).isEqualByComparingTo(exact(number));
        assertThat(m.unit()).isEqualTo(unit);
    }

    static Stream<Arguments> seedUnreadables() {
        return Stream.of(
                Arguments.of("さまざまな市民活動団体が集まって、地域の活動や地域課題について話し合うことが活発になっていると思う区民の割合 32.0% 地域活動協議会の構成団体同士の連携・協働の支援が役に立ったと思う区民の割合 65.7%", "数値が複数あり（32.0%、65.7%）"),
                Arguments.of("29.2% 63%", "数値が複数あり（29.2%、63%）"),
                Arguments.of("大正・港エリア空き家活動協議会を民間 主導で設置し、We ComPass事業と して運営開始。", "定性的"),
                Arguments.of("TAISYO UPプロジェクトとして、民間 企業によるDIY活動拠点の設置・運営 が開始。", "定性的"),
                Arguments.of("地域課題の解決に向け、民間事業者 と連携した会議等を行い、社会的ビ ジネス化に向け協議を行った。", "定性的"),
                Arguments.of("見守り推進員による相談援助、相談者延べ人数：10地域で4,858人、関係機関との連絡調整延べ件数：654回", "数値が複数あり（10地域、4858人、654回）"),
                Arguments.of("・新たな地域コミュニティ支援事業業務委託（4～3月分）の実施 ・コミュニティ育成事業、コミュニティ育成事業（地域版）（4月～3月分）の実施 ・地域担当職員による活動支援409回 ・中間支援組織によるラウンドテーブルの開催（9回） ・地域担当職員による各地域での情報収集等（毎月）", "数値が複数あり（409回、9回）"),
                Arguments.of("相談対応件数71件 セミナーワークショップ参加者数216件", "数値が複数あり（71件、216件）"),
                Arguments.of("ラボへの来場者 2074名 UR現地案内所への来場者 前年度比約2.5倍", "数値が複数あり（2074名、約2.5倍）"),
                Arguments.of("・広報紙に知りたい情報が掲載されていると感じる区民の割合 88.1% ・ホームページアクセス件数 年間51.4万件 ・ツイッターフォロワー数 平成28年度末2,212 ・フェイスブック「いいね」数 平成28年度末595", "数値が複数あり（88.1%、51.4万件、2212、595）"),
                Arguments.of("・広報紙に知りたい情報が掲載されていると感じる区民の割合 88.1% ・ホームページアクセス件数：年間51.4万件 ・ツイッターフォロワー数：平成28年度末2,212 ・フェイスブック「いいね」数：平成28年度末595", "数値が複数あり（88.1%、51.4万件、2212、595）"),
                Arguments.of("区政会議の開催（3回） ラウンドテーブルの開催（4テーマで開催） 区民モニターアンケートの実施（2回） 〔回答率： 82.65% 83.08%〕 区政会議での内容を区政に反映（2件）", "数値が複数あり"),
                Arguments.of("区政会議の開催(3回) ラウンドテーブルの開催(4テーマで開催) 区民モニターアンケートの実施(2回) 【回答率： 82.65% 83.08%】 区政会議での内容を区政に反映(2件)", "数値が複数あり"),
                Arguments.of("前年度比約2.5倍", "「約2.5倍」は概数"));
    }

    @ParameterizedTest(name = "「{0}」")
    @MethodSource("seedUnreadables")
    void readsEverySeedValueThatIsNotOneExactNumberAsUnreadableWithTheReason(String text, String problem) {
        Measure m = JapaneseReader.measure(text);
        assertThat(m.readable()).isFalse();
        assertThat(m.number()).isNull();
        assertThat(m.problem()).contains(problem);
        assertThat(m.text()).isEqualTo(text);
    }

    /** A number as the reader gives it: exact, in its shortest form (60.0 → 60). */
    static java.math.BigDecimal exact(double number) {
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(number).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}
