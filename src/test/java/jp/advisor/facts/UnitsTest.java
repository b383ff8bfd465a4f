package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UnitsTest {

    private static final Units TABLE = new Units(Map.of("名", "人", "戸", "世帯"), Set.of("人", "件", "世帯"));

    @Test
    void comparesCountersTheTableCountsAlikeInTheValuesUnit() {
        assertThat(TABLE.alignedTo("名", "人")).isEqualTo("人");
        assertThat(TABLE.alignedTo("人", "名")).isEqualTo("名");
        assertThat(TABLE.alignedTo("%", "%")).isEqualTo("%");
    }

    @Test
    void comparesABareNumberWithACountingUnitButNotWithOthers() {
        assertThat(TABLE.alignedTo("", "件")).isEqualTo("件");
        assertThat(TABLE.alignedTo("件", "")).isEqualTo("");
        assertThat(TABLE.alignedTo("", "名")).isEqualTo("名");
        assertThat(TABLE.alignedTo("", "%")).isNull();
        assertThat(TABLE.alignedTo("%", "")).isNull();
    }

    @Test
    void neverComparesDifferentUnitsOrMissingOnes() {
        assertThat(TABLE.alignedTo("件", "人")).isNull();
        assertThat(TABLE.alignedTo(null, "人")).isNull();
        assertThat(TABLE.alignedTo("人", null)).isNull();
    }

    @Test
    void comparesAUnitTheTableDoesNotListAsItself() {
        assertThat(TABLE.comparedAs("名")).isEqualTo("人");
        assertThat(TABLE.comparedAs("校")).isEqualTo("校");
        assertThat(TABLE.comparedAs(null)).isNull();
        assertThat(Units.NONE.alignedTo("名", "人")).isNull();
    }
}
