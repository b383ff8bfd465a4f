package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestTest {

    private static final Target TARGET = new Target("60%以上", Comparison.AT_LEAST, false, new BigDecimal("60"), "%", null,
            false, null);

    @Test
    void locatesEachCellAsTheContractWritesIt() {
        OutcomeFact o = new OutcomeFact("7-1", 2, null, Measure.of("1%", BigDecimal.ONE, "%"), null, TARGET, 2016, "A");
        assertThat(Suggest.outcome(o).value("B").build().location()).isEqualTo("strategies/7-1/outcomes/2");
        assertThat(Suggest.strategy("7-1", Cell.OVERALL).build().location()).isEqualTo("strategies/7-1/overall");
        assertThat(Suggest.strategy("7-1", Cell.PROGRESS).build().location()).isEqualTo("strategies/7-1/progress");
        assertThat(Suggest.strategy("7-1", Cell.STRATEGY_EFFECTIVENESS).build().location())
                .isEqualTo("strategies/7-1/effectiveness");
        assertThat(Suggest.strategy("7-1", Cell.EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT).build().location())
                .isEqualTo("strategies/7-1/effectivenessImpliedBySelfAssessment");
        assertThat(Suggest.initiative("7-1", "7-1-1", Cell.WITHDRAWAL).build().location())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/withdrawal");
        assertThat(Suggest.initiative("7-1", "7-1-1", Cell.ACHIEVEMENT).build().location())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/achievement");
        assertThat(Suggest.initiative("7-1", "7-1-1", Cell.EXECUTION).build().location())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/execution");
        assertThat(Suggest.initiative("7-1", "7-1-1", Cell.INITIATIVE_EFFECTIVENESS).build().location())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/effectiveness");
        assertThat(Suggest.initiative("7-1", "7-1-1", Cell.OUTCOME).build().location())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/outcome");
    }

    @Test
    void buildsASuggestionWithEverythingTheRuleSaid() {
        StrategyFact s = new StrategyFact("7-1@1-(2)-ア", 1, 1, 2016, "A", "a", "ア", null, null, TARGET);
        Suggestion built = Suggest.strategy(s, Cell.OVERALL).value("A").ja("{0}で A", new BigDecimal("60.0"))
                .en("{0} so A", "x").input("目標", TARGET).comparison("{0} ≥ {1}", 61, 60).build();
        assertThat(built.strategyId()).isEqualTo("7-1@1-(2)-ア");
        assertThat(built.value()).isEqualTo("A");
        assertThat(built.needsReview()).isFalse();
        assertThat(built.ja()).isEqualTo("60で A");
        assertThat(built.en()).isEqualTo("x so A");
        assertThat(built.inputs()).containsExactly(java.util.Map.entry("目標", "60%以上"));
        assertThat(built.comparison()).isEqualTo("61 ≥ 60");
    }

    @Test
    void leavesACellToAPersonWhenATableSaysSo() {
        InitiativeFact i = new InitiativeFact("7-1", "7-1-1", TARGET, null, null, null, null, null, null, null, null, null);
        Suggestion review = Suggest.initiative(i, Cell.INITIATIVE_EFFECTIVENESS).value("○").valueOrReview(" 要確認 ")
                .build();
        assertThat(review.value()).isNull();
        assertThat(review.needsReview()).isTrue();
        assertThat(review.initiativeId()).isEqualTo("7-1-1");
        Suggestion value = Suggest.initiative(i, Cell.INITIATIVE_EFFECTIVENESS).valueOrReview(" ○ ").build();
        assertThat(value.value()).isEqualTo("○");
        assertThat(value.needsReview()).isFalse();
    }

    @Test
    void recordsWhetherAWithdrawalIsTriggeredAndItsAction() {
        Suggestion s = Suggest.initiative("7-1", "7-1-1", Cell.WITHDRAWAL).triggered(true).action("REBUILD_PROJECT")
                .build();
        assertThat(s.triggered()).isTrue();
        assertThat(s.action()).isEqualTo("REBUILD_PROJECT");
    }

    @Test
    void flagsAFindingWithItsSeverityAndTheCellsItQuotes() {
        Finding f = Flag.error("X", "strategies/7-1/overall", "7-1").ja("{0}", 1).en("{0}", 2).cell("全体", "A").build();
        assertThat(f).isEqualTo(new Finding("X", "error", "strategies/7-1/overall", "7-1", "1", "2",
                java.util.Map.of("全体", "A")));
        assertThat(Flag.warning("X", "l", "s").build().severity()).isEqualTo("warning");
        assertThat(Flag.info("X", "l", "s").build().severity()).isEqualTo("info");
    }

    @Test
    void saysWhichOfTwoStatementsOfOneTargetAValueMeets() {
        Target eightyFive = new Target("85%以上", Comparison.AT_LEAST, false, new BigDecimal("85"), "%", null, false, null);
        Target hundred = new Target("100%", Comparison.AT_LEAST, true, new BigDecimal("100"), "%", null, false, null);
        Measure ninety = Measure.of("90%", new BigDecimal("90"), "%");
        assertThat(Flag.whichMetJa(ninety, hundred, eightyFive)).isEqualTo("実績90%は85%以上を満たしますが、100%は満たしません。");
        assertThat(Flag.whichMetEn(ninety, eightyFive, hundred)).isEqualTo(" The result 90% meets 85%以上 but not 100%.");
        assertThat(Flag.whichMetJa(Measure.of("100%", new BigDecimal("100"), "%"), hundred, eightyFive)).isEmpty();
        assertThat(Flag.whichMetEn(null, hundred, eightyFive)).isEmpty();
        assertThat(Flag.whichMetJa(Measure.unreadable("—", "なし"), hundred, eightyFive)).isEmpty();
    }

    @Test
    void quotesOutcomesAndSuggestionsInOrder() {
        OutcomeFact second = new OutcomeFact("7-1", 1, null, Measure.of("2%", BigDecimal.valueOf(2), "%"), null, TARGET, 2016,
                "B");
        OutcomeFact first = new OutcomeFact("7-1", 0, "割合", Measure.of("1%", BigDecimal.ONE, "%"), null, TARGET, 2016,
                "A");
        assertThat(Flag.outcomes(List.of(second, first))).isEqualTo("[0]「割合」1%：A、[1]2%：B");
        Suggestion a = Suggest.initiative("7-1", "7-1-2", Cell.ACHIEVEMENT).value("①").comparison("80% ≥ 60%").build();
        Suggestion b = Suggest.initiative("7-1", "7-1-1", Cell.ACHIEVEMENT).needsReview().build();
        Suggestion c = Suggest.strategy("7-1", Cell.OVERALL).value("A").build();
        assertThat(Flag.describe(List.of(a, b, c)))
                .isEqualTo("7-1-1：要確認、7-1-2：①（80% ≥ 60%）、strategies/7-1/overall：A");
    }

    @Test
    void namesAStrategyByItsSheetNumber() {
        assertThat(new StrategyFact("7-1@1-(2)-ア", 1, 1, 2016, "A", "a", "ア", "課題", "改善", TARGET).getSheetNumber())
                .isEqualTo("7-1");
        StrategyFact plain = new StrategyFact("7-1", 1, 1, 2016, "A", "a", "ア", " ", null, TARGET);
        assertThat(plain.getSheetNumber()).isEqualTo("7-1");
        assertThat(plain.issuesMissing()).isTrue();
        assertThat(plain.improvementsMissing()).isTrue();
        assertThat(plain.location()).isEqualTo("strategies/7-1");
        StrategyFact filled = new StrategyFact("7-1", 1, 1, 2016, "A", "a", "ア", "課題", "改善", TARGET);
        assertThat(filled.issuesMissing()).isFalse();
        assertThat(filled.improvementsMissing()).isFalse();
    }

    @Test
    void placesATrajectoryPointBetweenItsMargins() {
        TrajectoryPoint p = TrajectoryPoint.of("7-1", 0, new BigDecimal("44.6"), 1.0, false);
        assertThat(p.lower()).isEqualByComparingTo("43.6");
        assertThat(p.upper()).isEqualByComparingTo("45.6");
    }

    @Test
    void sendsTheEffectivenessTableAnswerToTheCellItJudges() {
        assertThat(new EffectivenessInput("7-1", "A", "a", false).cell()).isEqualTo(Cell.STRATEGY_EFFECTIVENESS);
        assertThat(new EffectivenessInput("7-1", "A", "a", true).cell())
                .isEqualTo(Cell.EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT);
    }

    @Test
    void givesOneJudgementPerActionHoweverManyPhrasesNameIt() {
        List<ActionPhrase> found = List.of(new ActionPhrase("7-1", "7-1-1", "REBUILD_PROJECT", "事業を再構築"),
                new ActionPhrase("7-1", "7-1-1", "REBUILD_PROJECT", "事業再構築"),
                new ActionPhrase("7-1", "7-1-1", "ABOLISH", "廃止"));
        assertThat(ActionPhrase.codes(found)).containsExactly("ABOLISH", "REBUILD_PROJECT");
    }
}
