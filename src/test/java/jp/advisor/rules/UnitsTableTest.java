package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jp.advisor.facts.Units;

class UnitsTableTest {

    static final String HEADER = "単位,比べるときの単位,数を数える単位,説明\n";

    static Units read(String rows) {
        return UnitsTable.read((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countersComparedAsOneUnitAreComparedAlike() {
        Units units = read("人,人,はい,人数\n名,人,はい,人数\n%,%,いいえ,割合\n");
        assertThat(units.alignedTo("名", "人")).isEqualTo("人");
        assertThat(units.alignedTo("人", "名")).isEqualTo("名");
        assertThat(units.alignedTo("", "人")).as("a bare number stands for a count").isEqualTo("人");
        assertThat(units.alignedTo("", "%")).as("but not for a percentage").isNull();
        assertThat(units.alignedTo("件", "人")).isNull();
    }

    @Test
    void everyProblemIsLocatedToItsCell() {
        assertThatThrownBy(() -> read("人,人,はい,人数\nテーマ,件,はい,\n人,人,はい,二度目\n名,人,たぶん,\n"))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::cell)
                        .containsExactly("units.csv!A3", "units.csv!A4", "units.csv!C5"));
    }

    @Test
    void aUnitCountingAndNotCountingAtOnceIsAContradiction() {
        assertThatThrownBy(() -> read("人,人,はい,\n名,人,いいえ,\n"))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::cell).containsExactly("units.csv!C3"));
    }

    @Test
    void aTableWithoutItsHeaderIsRefusedAtA1() {
        assertThatThrownBy(() -> UnitsTable.read("人,人,はい,\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::cell).containsExactly("units.csv!A1"));
    }
}
