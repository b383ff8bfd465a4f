package jp.advisor.reading;

import java.util.List;
import java.util.stream.Collectors;

/** The Japanese wording of why a text was not read, shared by the readers so that it stays the same. */
final class Problems {

    static final String BLANK = "記載がありません";

    private Problems() {
    }

    static String list(List<ValueScanner.Mention> mentions) {
        return mentions.stream().map(ValueScanner.Mention::written).collect(Collectors.joining("、"));
    }

    /** Why a single value cannot be used as it is, or null when it can. {@code role} is 「実績値」「目標値」「基準値」. */
    static String ofValue(ValueScanner.Mention v, String role) {
        if (v.problem() != null) {
            return v.problem();
        }
        if (v.approximate()) {
            return "「" + v.value() + "」は概数のため、" + role + "として評価に使いません";
        }
        if (v.unknownUnit() != null) {
            return "「" + v.value() + "」の単位「" + v.unknownUnit() + "」を読めません";
        }
        if (v.relative()) {
            return "「" + v.written() + "」は増減・比率で書かれており、水準としての" + role + "ではありません";
        }
        if (v.negated()) {
            return "「" + v.written() + "」は否定の言い方のため、読み違いを避けて人が判断します";
        }
        return null;
    }
}
