package jp.advisor.evaluation;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The rules could not finish an evaluation: they kept firing, ran out of time or threw. Names the rule and the
 * rule set, so that policy staff can find what to mend; the service answers 422 (LOOP, THREW) or 503 (TIME).
 */
public final class EvaluationAbortedException extends RuntimeException {

    public enum Kind {
        /** The rules fired {@code max-firings} times without settling (a rule re-triggering itself or another). */
        LOOP,
        /** The evaluation took longer than {@code time-budget} (or no engine thread was left to run it). */
        TIME,
        /** A rule's consequence or constraint threw (division by zero, a null, a recursion too deep …). */
        THREW
    }

    private final Kind kind;
    private final String rule;
    private final String ruleSetVersion;
    private final String messageJa;
    private final String messageEn;

    public EvaluationAbortedException(Kind kind, String rule, String ruleSetVersion, String messageJa, String messageEn,
                                      Throwable cause) {
        super(messageJa + " / " + messageEn, cause);
        this.kind = kind;
        this.rule = rule;
        this.ruleSetVersion = ruleSetVersion;
        this.messageJa = messageJa;
        this.messageEn = messageEn;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule that was firing, threw, or fired most; null when none can be named (e.g. no thread was left). */
    public String rule() {
        return rule;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public String messageJa() {
        return messageJa;
    }

    public String messageEn() {
        return messageEn;
    }

    static EvaluationAbortedException loop(String rule, String version, int maxFirings) {
        return new EvaluationAbortedException(Kind.LOOP, rule, version,
                "ルール「" + rule + "」が繰り返し発火し、上限の " + maxFirings + " 回に達したため評価を打ち切りました",
                "rule \"" + rule + "\" kept firing: the evaluation was stopped at " + maxFirings + " firings", null);
    }

    static EvaluationAbortedException time(String rule, String version, Duration budget) {
        String seconds = seconds(budget);
        return new EvaluationAbortedException(Kind.TIME, rule, version,
                "評価が時間の上限（" + seconds + " 秒）を超えたため打ち切りました"
                        + (rule == null ? "" : "（実行中のルール「" + rule + "」）"),
                "the evaluation exceeded its time budget of " + seconds + " s"
                        + (rule == null ? "" : " while rule \"" + rule + "\" was firing"), null);
    }

    static EvaluationAbortedException threw(String rule, String version, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // The engine's wrapper names the constraint; the root names what went wrong in it.
        String what = summary(cause) + (root == cause ? "" : " ← " + summary(root));
        return new EvaluationAbortedException(Kind.THREW, rule, version,
                (rule == null ? "ルールの実行中" : "ルール「" + rule + "」の実行中") + "にエラーが起きました（" + what + "）",
                (rule == null ? "the rules threw " : "rule \"" + rule + "\" threw ") + what, cause);
    }

    static EvaluationAbortedException neverEnds(String version, List<String> stuckRules) {
        return new EvaluationAbortedException(Kind.TIME, stuckRules.get(0), version,
                "このルールセットのルール「" + String.join("」「", stuckRules) + "」が終わらないまま実行中のため、評価しません。"
                        + "ルールを直して公開してください",
                "rule \"" + String.join("\", \"", stuckRules) + "\" of this rule set is still running and never ends:"
                        + " not evaluating with this set; publish mended rules", null);
    }

    static EvaluationAbortedException noThreadLeft(String version, Collection<String> stuckRules) {
        if (stuckRules.isEmpty()) {
            return new EvaluationAbortedException(Kind.TIME, null, version,
                    "評価用のスレッドに空きがありません（同時の評価が多すぎます）",
                    "no evaluation thread is free (too many evaluations at once)", null);
        }
        String rules = String.join("」「", stuckRules);
        return new EvaluationAbortedException(Kind.TIME, stuckRules.stream().findFirst().orElse(null), version,
                "終わらないルール（「" + rules + "」）が評価用のスレッドを使い切っているため評価できません。"
                        + "ルールを直して公開し直し、サービスを再起動してください",
                "rules that never finish (\"" + String.join("\", \"", stuckRules) + "\") hold every evaluation thread:"
                        + " publish mended rules and restart the service", null);
    }

    private static String summary(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
