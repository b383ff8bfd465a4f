package jp.advisor.submission;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The symbols allowed in each self-assessment cell, and the look-alikes staff type for them. */
enum RatingScale {

    SELF_RATING("selfRating", "アウトカムの個別評価", "outcome self-rating", List.of("A", "B"), Map.of()),
    OVERALL("overall", "全体の自己評価", "overall self-rating", List.of("A", "B"), Map.of()),
    PROGRESS("progress", "戦略の進捗状況", "strategy progress", List.of("a", "b"), Map.of()),
    STRATEGY_EFFECTIVENESS("effectiveness", "戦略のアウトカムに対する有効性", "strategy effectiveness",
            List.of("ア", "イ"), Map.of()),
    // NFKC turns ① and １ alike into 1, so the digits are the only form left to map back.
    ACHIEVEMENT("achievement", "業績目標の達成状況", "achievement", List.of("①", "②", "③"),
            Map.of("1", "①", "2", "②", "3", "③")),
    EXECUTION("execution", "取組の実施状況", "execution", List.of("ア", "イ"), Map.of()),
    INITIATIVE_EFFECTIVENESS("effectiveness", "戦略に対する取組の有効性", "initiative effectiveness",
            List.of("○", "×"), Map.of("〇", "○", "◯", "○", "✕", "×", "x", "×", "X", "×"));

    private final String field;
    private final String labelJa;
    private final String labelEn;
    private final List<String> allowed;
    private final Map<String, String> aliases;

    RatingScale(String field, String labelJa, String labelEn, List<String> allowed, Map<String, String> aliases) {
        this.field = field;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.allowed = allowed;
        this.aliases = aliases;
    }

    /**
     * The canonical symbol for {@code written}: full-width letters and digits and half-width katakana fold by NFKC
     * (Ａ → A, ｂ → b, ｱ → ア), then the look-alikes above. Empty when the text is not one of this cell's symbols.
     */
    Optional<String> normalise(String written) {
        String symbol = written.strip();
        if (allowed.contains(symbol)) {
            return Optional.of(symbol);
        }
        symbol = Normalizer.normalize(symbol, Normalizer.Form.NFKC).strip();
        symbol = aliases.getOrDefault(symbol, symbol);
        return allowed.contains(symbol) ? Optional.of(symbol) : Optional.empty();
    }

    String messageJa(String written) {
        return labelJa + "（" + field + "）に「" + written + "」は使えません。使える値: " + String.join("、", allowed);
    }

    String messageEn(String written) {
        return "\"" + written + "\" is not a valid " + labelEn + " (" + field + "); allowed values: "
                + String.join(", ", allowed);
    }
}
