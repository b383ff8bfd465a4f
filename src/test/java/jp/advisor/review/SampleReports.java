package jp.advisor.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.advisor.evaluation.Evaluation.Explanation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.review.ReviewReport.ReviewedSubmission;
import jp.advisor.review.ReviewReport.UnreadableSource;

/** A hand-built report: two wards, every severity, one unreadable file, and text that must be escaped. */
final class SampleReports {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SCRIPT_MESSAGE = "課題欄が" + SCRIPT + "です & 改善策が空欄です";

    static final Finding KITA_INFO = finding("COUNT_TARGET_TALKS_ONLY", "info",
            "strategies/7-1/initiatives/7-1-1/achievement", "「1件以上」の目標に対し、結果は協議の実施のみです。",
            "The target counts cases; the result reports talks held.", cells("目標", "1件以上", "実績", "協議を3回実施"));
    static final Finding KITA_WARNING = finding("OVERALL_A_WITH_INDIVIDUAL_B", "warning", "strategies/7-1/overall",
            "全体がAですが、個別1がBです。", "Overall is A while outcome 1 is B.", cells("全体", "A", "個別1", "B"));
    static final Finding KITA_ERROR = finding("ACHIEVEMENT_CONTRADICTS_RESULT", "error",
            "strategies/7-1/initiatives/7-1-2/achievement", "実績98%は目標100%に届かないのに①です。",
            "Rated ① although 98% misses the 100% target.", cells("目標", "100%", "実績", "98%", "自己評価", "①"));
    static final Finding KITA_SCRIPT = finding("ISSUE_EMPTY_WITH_B", "warning", "strategies/7-10@1-(2)-ア/progress",
            SCRIPT_MESSAGE, "The issue cell holds markup & the remedy is empty.", cells("課題", SCRIPT, "改善策", ""));
    static final Finding KITA_OTHER = finding("OVERALL_A_WITH_INDIVIDUAL_B", "warning", "strategies/7-2/overall",
            "全体がAですが、個別2がBです。", "Overall is A while outcome 2 is B.", cells("全体", "A", "個別2", "B"));
    static final Finding CHUO_ERROR = finding("OUTCOME_CONTRADICTS_RESULT", "error", "strategies/1-1/outcomes/0",
            "成果指標の実績が目標を下回っているのにAです。", "Rated A although the result is below target.",
            cells("目標", "85%", "実績", "80%"));
    static final Finding CHUO_INFO = finding("TARGET_DIFFERS_BETWEEN_SHEETS", "info", "strategies/1-1",
            "二つのシートで目標が異なります（100%と85%）。", "The sheets state different targets (100% and 85%).",
            cells("様式1 目標", "100%", "様式2 目標", "85%"));

    static final List<Finding> ALL_FINDINGS = List.of(KITA_INFO, KITA_WARNING, KITA_ERROR, KITA_SCRIPT, KITA_OTHER,
            CHUO_ERROR, CHUO_INFO);

    static final UnreadableSource MINATO = new UnreadableSource("minato-r6.xlsx",
            List.of("シート「戦略」が見つかりません", "fiscal year is missing"));

    private SampleReports() {
    }

    static ReviewReport report() {
        return new ReviewReport("sha256:abc123", "trajectory", List.of(
                // 7-1's findings deliberately not in severity order: the renderers must sort them.
                new ReviewedSubmission("kita-r6.json", "北区", "令和6年度",
                        List.of(KITA_INFO, KITA_WARNING, KITA_SCRIPT, KITA_OTHER, KITA_ERROR)),
                new ReviewedSubmission("chuo-r6.json", "中央区", "令和6年度", List.of(CHUO_ERROR, CHUO_INFO))),
                List.of(MINATO));
    }

    static ReviewReport empty() {
        return new ReviewReport("sha256:abc123", "trajectory",
                List.of(new ReviewedSubmission("kita-r6.json", "北区", "令和6年度", List.of())), List.of());
    }

    private static Finding finding(String code, String severity, String location, String ja, String en,
                                   Map<String, String> cells) {
        return new Finding(code, severity, location, new Explanation(ja, en), cells, "review." + code.toLowerCase());
    }

    private static Map<String, String> cells(String... namesAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            cells.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return cells;
    }
}
