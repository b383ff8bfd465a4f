package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellLocationTest {

    @Test
    void formatsEveryCellOfTheCatalogueAsTheContractWritesIt() {
        assertThat(CellLocation.of(Cell.OUTCOME, "7-1", null, 2).format()).isEqualTo("strategies/7-1/outcomes/2");
        assertThat(CellLocation.of(Cell.OVERALL, "7-1", null, null).format()).isEqualTo("strategies/7-1/overall");
        assertThat(CellLocation.of(Cell.STRATEGY_EFFECTIVENESS, "7-10@1-(2)-ア", null, null).format())
                .isEqualTo("strategies/7-10@1-(2)-ア/effectiveness");
        assertThat(CellLocation.of(Cell.WITHDRAWAL, "7-1", "7-1-1", null).format())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/withdrawal");
        assertThat(CellLocation.of(Cell.INITIATIVE_EFFECTIVENESS, "7-1", "7-1-1", null).format())
                .isEqualTo("strategies/7-1/initiatives/7-1-1/effectiveness");
    }

    @Test
    void parsesEachCellsLocationBackToTheSameCell() {
        for (Cell cell : Cell.values()) {
            CellLocation place = CellLocation.of(cell, "6-1", "6-1-2", 0);
            assertThat(CellLocation.parse(place.format())).as(cell.name()).contains(place);
            assertThat(place.cell()).as(cell.name()).contains(cell);
        }
    }

    @Test
    void parsesPlacesThatAreNotCells() {
        assertThat(CellLocation.parse("strategies/7-1")).contains(CellLocation.ofStrategy("7-1"));
        assertThat(CellLocation.parse("strategies/7-1/initiatives/7-1-1"))
                .contains(CellLocation.ofInitiative("7-1", "7-1-1"));
        CellLocation target = CellLocation.parse("strategies/7-1/initiatives/7-1-1/performanceTarget").orElseThrow();
        assertThat(target.field()).isEqualTo("performanceTarget");
        assertThat(target.cell()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ruleSet", "strategies/", "strategies//overall", "strategies/7-1/outcomes/x",
            "strategies/7-1/outcomes/", "strategies/7-1/initiatives//withdrawal", "strategies/7-1/a/b/c/d",
            "strategies/7-1/overall/"})
    void refusesWhatIsNotAPlaceInASubmission(String location) {
        assertThat(CellLocation.parse(location)).isEqualTo(Optional.empty());
    }

    @Test
    void theStrategyIsTheWholePathSegmentAfterStrategiesWhateverItContains() {
        assertThat(CellLocation.strategyIdOf("strategies/7-1@1-(2)-ア/overall")).isEqualTo("7-1@1-(2)-ア");
        assertThat(CellLocation.strategyIdOf("strategies/7-1:a/initiatives/7-1-1/achievement")).isEqualTo("7-1:a");
        assertThat(CellLocation.strategyIdOf("strategies/7-1/outcomes/0")).isEqualTo("7-1");
        assertThat(CellLocation.strategyIdOf("strategies/7-1")).isEqualTo("7-1");
        assertThat(CellLocation.strategyIdOf("sheets/1")).isEmpty();
        assertThat(CellLocation.strategyIdOf(null)).isEmpty();
    }

    @Test
    void namesTheStrategyOfAnyLocationUnderOne() {
        assertThat(CellLocation.strategyIdOf("strategies/7-10@1-(2)-ア/progress")).isEqualTo("7-10@1-(2)-ア");
        assertThat(CellLocation.strategyIdOf("strategies/7-1")).isEqualTo("7-1");
        assertThat(CellLocation.strategyIdOf("ruleSet")).isEmpty();
        assertThat(CellLocation.strategyIdOf(null)).isEmpty();
    }
}
