package jp.advisor.rules;

import java.util.List;
import java.util.regex.Pattern;

/** Explains the engine's compile messages in Japanese for policy staff, keeping the engine's own text beside. */
final class EngineMessages {

    private record Hint(Pattern pattern, String ja) {
    }

    private static final List<Hint> HINTS = List.of(
            new Hint(Pattern.compile("mismatched input|no viable alternative|extraneous input|missing .* at|Unexpected token",
                    Pattern.CASE_INSENSITIVE),
                    "書き方に誤りがあります。括弧（ ）・引用符 \"・カンマ・「then」「end」の不足や余分がないか確認してください"),
            new Hint(Pattern.compile("cannot be resolved|Unable to resolve|unable to find|Unknown accessor|not found|"
                    + "Unable to Analyse Expression|Cannot find property|unable to resolve", Pattern.CASE_INSENSITIVE),
                    "名前（項目・型・変数）が見つかりません。綴りと、使える項目（rules/README.md）を確認してください"),
            new Hint(Pattern.compile("Duplicate", Pattern.CASE_INSENSITIVE),
                    "同じ名前が二度使われています。ルール名や変数名（$で始まる名前）を別の名前にしてください"),
            new Hint(Pattern.compile("type mismatch|incompatible types|cannot be converted|is not applicable",
                    Pattern.CASE_INSENSITIVE),
                    "値の種類が合いません（数値の欄に文字、文字の欄に数値など）。表の値を確認してください"),
            new Hint(Pattern.compile("Parser returned a null Package|DecisionTableParseException", Pattern.CASE_INSENSITIVE),
                    "表の形が読み取れません。RuleSet・RuleTable・CONDITION/ACTION の行がそろっているか確認してください"));

    private EngineMessages() {
    }

    static String explain(String engineText) {
        String text = engineText.strip();
        for (Hint hint : HINTS) {
            if (hint.pattern().matcher(text).find()) {
                return hint.ja() + "（エンジンのメッセージ / engine: " + text + "）";
            }
        }
        return "ルールをコンパイルできません（エンジンのメッセージ / engine: " + text + "）";
    }
}
