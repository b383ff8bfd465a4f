package jp.advisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void fillsEachPlaceholderWithItsArgumentShownAsTheSheetsWriteNumbers() {
        assertThat(Text.fill("{0}は{1}を下回るため {2}。", new BigDecimal("32.0"), 44.6, "B"))
                .isEqualTo("32は44.6を下回るため B。");
        assertThat(Text.fill("{0}と{0}", 1)).isEqualTo("1と1");
        assertThat(Text.fill("{0}", (Object) null)).isEqualTo("（なし）");
        assertThat(Text.fill("{0}", 1.5f)).isEqualTo("1.5");
    }

    @Test
    void showsMeasuresTargetsAndCriteriaAsExplanationsQuoteThem() {
        Measure m = Measure.of("32.0%", new BigDecimal("32.0"), "%");
        Target t = new Target("60%以上", Comparison.AT_LEAST, false, new BigDecimal("60"), "%", null, false, null);
        WithdrawalCriterion w = new WithdrawalCriterion("50%以下", Comparison.AT_MOST, new BigDecimal("50"), "%", null,
                false, null);
        assertThat(Text.fill("{0} / {1} / {2}", m, t, w)).isEqualTo("32.0% / 60%以上 / 50%以下");
    }

    @Test
    void fillsInOnePassExactlyAsReplacingEachPlaceholderInTurnWouldEvenWithBracesAndDigitsAround() {
        java.util.Random random = new java.util.Random(14);
        String alphabet = "{}0129aあ";
        for (int n = 0; n < 200_000; n++) {
            String template = randomText(random, alphabet, 12);
            Object[] args = new Object[random.nextInt(4)];
            for (int i = 0; i < args.length; i++) {
                args[i] = randomText(random, alphabet, 3);
            }
            String[] shown = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
            assertThat(Text.fill(template, args)).as("%s with %s", template, java.util.Arrays.toString(args))
                    .isEqualTo(Text.fillInTurn(template, shown));
        }
        assertThat(Text.fill("{1{0}}", "", "x")).isEqualTo("x"); // in turn, {0} leaves a {1} that is filled next
        assertThat(Text.fill("{0}{1}", "{1}", "x")).isEqualTo("xx");
    }

    private static String randomText(java.util.Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(maxLength + 1); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void joinsOnlyThePartsThatArePresent() {
        assertThat(Text.joinPresent("個別 B", null, "", "進捗 b")).isEqualTo("個別 B、進捗 b");
        assertThat(Text.when(true, "x")).isEqualTo("x");
        assertThat(Text.when(false, "x")).isNull();
    }
}
