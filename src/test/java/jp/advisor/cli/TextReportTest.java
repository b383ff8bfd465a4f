package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.Explanation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;

class TextReportTest {

    private static final String LONG_REASON = "あ".repeat(30) + "①";

    private static Rating rating(String value, String self, boolean review, String reason) {
        return new Rating(value, review, "規則", new Explanation(reason, "reason"), self, Map.of(), null);
    }

    private static final Evaluation EVALUATION = new Evaluation(new Evaluation.RuleSetInfo("sha256:abc", "trajectory"),
            "大正区", "平成28年度",
            List.of(new StrategyEvaluation("7-1",
                    List.of(new OutcomeEvaluation(0, rating("B", "A", false, "目安を下回るため B"))),
                    rating("B", "B", false, "個別に B があるため B"), rating(null, "a", true, "人が判断"),
                    rating("イ", null, false, "イ"),
                    List.of(new InitiativeEvaluation("7-1-1", rating("③", "②", false, LONG_REASON),
                            rating(null, null, false, "③ には付けません"), rating("×", "×", false, "見直し"),
                            new Withdrawal(true, "REBUILD_PROJECT", false, "撤退", new Explanation(
                                    "撤退基準に当たるため、事業を再構築。", "rebuild"), Map.of(), null))))),
            List.of(new Finding("OVERALL_A_WITH_INDIVIDUAL_B", "warning", "strategies/7-1/initiatives/7-1-1/achievement",
                    new Explanation("自己評価は②ですが、撤退基準に当たっています。", "en"), Map.of(), "review.x")));

    @Test
    void marksEachCellWhoseSuggestionDiffersFromTheSelfAssessmentOrNeedsAPerson() {
        List<String> lines = TextReport.render("a.json", EVALUATION).lines().toList();

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("≠").contains("個別[0]"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("？").contains("戦略の進捗状況"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(" ").contains("全体").doesNotContain("≠"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("≠").contains("業績目標の達成状況"));
    }

    @Test
    void namesCellsFromTheCatalogueAndKeepsCodesOutOfTheTable() {
        String text = TextReport.render("a.json", EVALUATION);

        assertThat(text).contains("業績目標の達成状況", "（ア）（イ）", "取組の有効性", "撤退基準", "該当")
                .doesNotContain("REBUILD_PROJECT").doesNotContain("OVERALL_A_WITH_INDIVIDUAL_B");
    }

    @Test
    void showsEachFindingUnderItsStrategyWithThePlaceInWords() {
        String text = TextReport.render("a.json", EVALUATION);

        assertThat(text).contains("指摘【警告】取組［7-1-1］の業績目標の達成状況：自己評価は②ですが、撤退基準に当たっています。");
    }

    @Test
    void wrapsTheReasonToTheWidthCountingWideCharactersAsTwoColumns() {
        // The reason column starts at 46 (mark 2, cell 24, self 10, suggestion 10): 34 columns left for 30 wide
        // characters and ①, so 17 fit on the first line.
        String text = TextReport.render("a.json", EVALUATION, new TextReport.Layout(80, true, 1));
        List<String> reason = text.lines().dropWhile(l -> !l.contains("業績目標の達成状況")).limit(2).toList();

        assertThat(reason.get(0)).endsWith("③         " + "あ".repeat(17));
        assertThat(reason.get(1)).startsWith(" ".repeat(46) + "あ".repeat(13) + "①  〔");
    }

    @Test
    void countsAmbiguousCharactersAsTheTerminalIsSet() {
        String narrow = TextReport.render("a.json", EVALUATION, new TextReport.Layout(81, true, 1));
        String wide = TextReport.render("a.json", EVALUATION, new TextReport.Layout(81, true, 2));

        // ① in the self-assessment column is one column or two: with two, the row's reason starts one column later.
        assertThat(narrow.lines().filter(l -> l.contains("業績目標の達成状況")).findFirst().orElseThrow())
                .isNotEqualTo(wide.lines().filter(l -> l.contains("業績目標の達成状況")).findFirst().orElseThrow());
    }
}
