package jp.advisor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.advisor.facts.Measure;

/**
 * Generated numerals in the ways sheets write them — Arabic or full-width digits, thousands separators, decimals,
 * 万・億・兆 after digits, kanji numerals — each read either as exactly the number generated or refused with a reason:
 * never as another number. Seeded, so a failure names its repetition and repeats.
 */
@ExtendWith(FreshReadings.class)
class NumeralPropertyTest {

    private static final String[] KANJI_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] BIG = {"", "万", "億", "兆"};
    private static final String[] UNITS = {"件", "人", "%", "世帯", "円"};

    @RepeatedTest(2000)
    void everyGeneratedNumeralIsReadExactlyOrRefused(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Written written = switch (random.nextInt(4)) {
            case 0 -> arabic(random);
            case 1 -> arabicWithBigUnits(random);
            case 2 -> kanji(random);
            default -> fullWidth(arabic(random));
        };
        // After a kanji numeral only counters count as units (一部, 十分 are words), so kanji take those.
        String unit = UNITS[random.nextInt(written.kanji() ? UNITS.length - 1 : UNITS.length)];

        Measure m = JapaneseReader.measure(written.text() + unit);

        if (m.readable()) {
            assertThat(m.number()).as(written.text()).isEqualByComparingTo(written.number());
            assertThat(m.unit()).isEqualTo(unit);
        } else {
            assertThat(m.problem()).as(written.text()).isNotBlank();
            // refused only when out of range, so everything in range is read — but for a lone 一 with a counter
            // (一人, 一件), which the reader leaves to a person because it is nearly always a phrase
            BigDecimal n = written.number().stripTrailingZeros();
            boolean loneOne = written.text().equals("一");
            assertThat(loneOne || n.precision() > Numerals.MAX_DIGITS || n.abs().compareTo(Numerals.LIMIT) >= 0)
                    .as("「%s」 refused in range: %s", written.text(), m.problem()).isTrue();
        }
    }

    record Written(String text, BigDecimal number) {

        boolean kanji() {
            return KanjiNumerals.CHARS.indexOf(text.charAt(0)) >= 0;
        }
    }

    /** 1,234,567.89 or 1234567.89, up to 22 digits. */
    private static Written arabic(Random random) {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        int length = random.nextInt(22);
        for (int i = 0; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        BigDecimal whole = new BigDecimal(digits.toString());
        String text = random.nextBoolean() ? String.format("%,d", whole.toBigInteger()) : digits.toString();
        if (random.nextInt(3) == 0) {
            String decimals = String.valueOf(random.nextInt(1000));
            return new Written(text + "." + decimals, new BigDecimal(digits + "." + decimals));
        }
        return new Written(text, whole);
    }

    /** 「1億2000万」「51.4万」「3兆」: groups of up to four digits, largest unit first. */
    private static Written arabicWithBigUnits(Random random) {
        StringBuilder text = new StringBuilder();
        BigDecimal number = BigDecimal.ZERO;
        int top = 1 + random.nextInt(3);
        for (int b = top; b >= 0; b--) {
            if (b < top && random.nextBoolean()) {
                continue;
            }
            int group = b == top ? 1 + random.nextInt(9999) : 1 + random.nextInt(9999);
            text.append(group).append(BIG[b]);
            number = number.add(BigDecimal.valueOf(group).scaleByPowerOfTen(4 * b));
        }
        return new Written(text.toString(), number);
    }

    /** 「三千五百万二十」「九九九九九九…」: grouped or digit by digit. */
    private static Written kanji(Random random) {
        if (random.nextInt(4) == 0) {
            StringBuilder text = new StringBuilder(KANJI_DIGITS[1 + random.nextInt(9)]);
            StringBuilder digits = new StringBuilder(String.valueOf("〇一二三四五六七八九".indexOf(text.charAt(0))));
            int length = random.nextInt(25);
            for (int i = 0; i < length; i++) {
                int d = random.nextInt(10);
                text.append(KANJI_DIGITS[d]);
                digits.append(d);
            }
            return new Written(text.toString(), new BigDecimal(digits.toString()));
        }
        StringBuilder text = new StringBuilder();
        BigDecimal number = BigDecimal.ZERO;
        int top = random.nextInt(4);
        for (int b = top; b >= 0; b--) {
            int group = 1 + random.nextInt(9999);
            if (b < top && random.nextBoolean()) {
                continue;
            }
            text.append(kanjiGroup(group)).append(BIG[b]);
            number = number.add(BigDecimal.valueOf(group).scaleByPowerOfTen(4 * b));
        }
        return new Written(text.toString(), number);
    }

    /** 1..9999 in kanji: 三千五百二十, 千, 十一. */
    private static String kanjiGroup(int n) {
        StringBuilder s = new StringBuilder();
        String[] small = {"千", "百", "十", ""};
        int[] values = {1000, 100, 10, 1};
        for (int i = 0; i < 4; i++) {
            int d = n / values[i] % 10;
            if (d == 0) {
                continue;
            }
            if (d > 1 || i == 3) {
                s.append(KANJI_DIGITS[d]);
            }
            s.append(small[i]);
        }
        return s.toString();
    }

    private static Written fullWidth(Written w) {
        StringBuilder s = new StringBuilder();
        for (char c : w.text().toCharArray()) {
            s.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == ',' ? '，' : c == '.' ? '．' : c);
        }
        return new Written(s.toString(), w.number());
    }
}
