package jp.advisor.facts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a {@link Finding} in a review rule's consequence:
 * <pre>
 * insert(Flag.warning("OVERALL_A_WITH_INDIVIDUAL_B", $s.location() + "/overall", $s.id())
 *     .ja("…{0}…", …).en("…{0}…", …).cell("全体", "A").build());
 * </pre>
 */
public final class Flag {

    private final String code;
    private final String severity;
    private final String location;
    private final String strategyId;
    private String ja = "";
    private String en = "";
    private final Map<String, String> cells = new LinkedHashMap<>();

    private Flag(String code, String severity, String location, String strategyId) {
        this.code = code;
        this.severity = severity;
        this.location = location;
        this.strategyId = strategyId;
    }

    public static Flag error(String code, String location, String strategyId) {
        return new Flag(code, "error", location, strategyId);
    }

    public static Flag warning(String code, String location, String strategyId) {
        return new Flag(code, "warning", location, strategyId);
    }

    public static Flag info(String code, String location, String strategyId) {
        return new Flag(code, "info", location, strategyId);
    }

    public Flag ja(String template, Object... args) {
        this.ja = Text.fill(template, args);
        return this;
    }

    public Flag en(String template, Object... args) {
        this.en = Text.fill(template, args);
        return this;
    }

    /** Quotes a cell the finding compares, e.g. cell("全体（自己評価）", "A"). */
    public Flag cell(String name, Object value) {
        cells.put(name, Text.show(value));
        return this;
    }

    public Finding build() {
        return new Finding(code, severity, location, strategyId, ja, en, cells);
    }

    /** 「[0]「…割合」32.0%：B」 for each outcome: how a finding quotes the 個別 cells behind it. */
    public static String outcomes(List<OutcomeFact> outcomes) {
        return outcomes.stream()
                .sorted(Comparator.comparingInt(OutcomeFact::index))
                .map(o -> "[" + o.index() + "]" + (o.label() == null ? "" : "「" + o.label() + "」")
                        + o.value().display() + "：" + o.selfRating())
                .collect(Collectors.joining("、"));
    }

    /** Says which of two statements of one target a measured value meets, when it meets exactly one. */
    public static String whichMetJa(Measure measured, Target first, Target second) {
        Target[] metMissed = metAndMissed(measured, first, second);
        return metMissed == null ? "" : "実績" + measured.display() + "は" + metMissed[0].display() + "を満たしますが、"
                + metMissed[1].display() + "は満たしません。";
    }

    public static String whichMetEn(Measure measured, Target first, Target second) {
        Target[] metMissed = metAndMissed(measured, first, second);
        return metMissed == null ? "" : " The result " + measured.display() + " meets " + metMissed[0].display()
                + " but not " + metMissed[1].display() + ".";
    }

    /** {met, missed} when the value meets exactly one of the two, else null. */
    private static Target[] metAndMissed(Measure measured, Target first, Target second) {
        if (measured == null || !measured.readable() || first.isMetBy(measured) == second.isMetBy(measured)) {
            return null;
        }
        return first.isMetBy(measured) ? new Target[] {first, second} : new Target[] {second, first};
    }

    /** 「7-2-1：80.66% ≥ 80%」 for each suggestion, in id order: how a finding quotes the numbers behind it. */
    public static String describe(List<Suggestion> suggestions) {
        return suggestions.stream()
                .sorted(Comparator.comparing(Suggestion::location))
                .map(s -> (s.initiativeId() != null ? s.initiativeId() : s.location()) + "："
                        + (s.value() == null ? "要確認" : s.value())
                        + (s.comparison() == null ? "" : "（" + s.comparison() + "）"))
                .collect(Collectors.joining("、"));
    }
}
