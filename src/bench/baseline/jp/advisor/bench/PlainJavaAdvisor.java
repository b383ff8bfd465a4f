package jp.advisor.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.advisor.evaluation.Facts;
import jp.advisor.facts.Aggregate;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.facts.InitiativeFact;
import jp.advisor.facts.Numbers;
import jp.advisor.facts.Units;
import jp.advisor.facts.Measure;
import jp.advisor.facts.OutcomeFact;
import jp.advisor.facts.WithdrawalCriterion;
import jp.advisor.reading.JapaneseReader;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;

/**
 * The default policy of the frozen test rule set ({@code src/test/resources/frozen/rules}, review rules excepted)
 * hand-coded in plain Java: a speed baseline kept only for the benchmarks. It reads the sheets with the project's
 * own readers and fact types (as {@code jp.advisor.evaluation.Facts} does) but makes every decision itself, one
 * method per cell, each naming the rule file it mirrors. {@link PlainJavaAdvisorTest} checks that it agrees with
 * the frozen rules on every frozen fixture; that shows both do the same work, not that a reading is right (both
 * share the readers). It mirrors the frozen set, never the bundled {@code rules/}, which policy staff edit.
 *
 * <p>Stateless, so thread-safe. No Drools, no reflection, no regular expressions beyond the readers'.
 */
public final class PlainJavaAdvisor {

    /** What {@link #judge} shows for a cell a person must decide. */
    public static final String REVIEW = "要確認";
    /** What {@link #judge} shows for a cell that deliberately has no mark (execution of a ③). */
    public static final String NO_MARK = "－";

    /** policy.drl: {@code JudgingPolicy("trajectory", 0.0)}, the margin below this year's point still counted A. */
    static final double TRAJECTORY_MARGIN = 0.0;

    /** withdrawal-default.drl.csv: below this achievement rate (%) a criterion-less initiative is to be rebuilt. */
    static final double DEFAULT_WITHDRAWAL_RATE = 50.0;
    static final String DEFAULT_WITHDRAWAL_ACTION = "REBUILD_PROJECT";

    /** units.csv: the counters counted alike, and the units that count things. */
    static final Units UNITS = new Units(Map.of("名", "人", "戸", "世帯", "度", "回"),
            Set.of("人", "世帯", "回", "件", "か所", "団体", "事業", "校", "社", "冊", "部", "枚", "本", "台", "組", "個", "棟", "つ"));

    /** withdrawal-actions.drl.csv: one row per phrase; a criterion's action text containing the phrase names the code. */
    private record ActionPhrase(String phrase, String code) {
    }

    private static final List<ActionPhrase> ACTION_PHRASES = List.of(
            new ActionPhrase("事業を再構築", "REBUILD_PROJECT"),
            new ActionPhrase("事業再構築", "REBUILD_PROJECT"),
            new ActionPhrase("事業の再構築", "REBUILD_PROJECT"),
            new ActionPhrase("事業手法を再検討", "RECONSIDER_METHOD"),
            new ActionPhrase("事業手法の再検討", "RECONSIDER_METHOD"),
            new ActionPhrase("取組を再構築", "REBUILD_INITIATIVE"),
            new ActionPhrase("取組の再構築", "REBUILD_INITIATIVE"),
            new ActionPhrase("廃止", "ABOLISH"));

    /**
     * A rating cell's suggestion.
     *
     * @param value       the symbol, null when a person decides or the cell has no mark
     * @param needsReview a person must decide
     */
    record Rating(String value, boolean needsReview) {

        static Rating of(String value) {
            return new Rating(value, false);
        }

        static Rating review() {
            return new Rating(null, true);
        }

        /** No mark and nothing to decide (the rule inserts a suggestion without a value). */
        static Rating noMark() {
            return new Rating(null, false);
        }

        String shown() {
            return shownRating(value, needsReview);
        }
    }

    /**
     * The withdrawal cell's suggestion.
     *
     * @param triggered   whether the criterion is met, null when undecided
     * @param action      the action code when triggered and read
     * @param needsReview a person must decide
     */
    record Withdrawal(Boolean triggered, String action, boolean needsReview) {

        static Withdrawal notTriggered() {
            return new Withdrawal(false, null, false);
        }

        static Withdrawal review() {
            return new Withdrawal(null, null, true);
        }

        String shown() {
            return shownWithdrawal(triggered, action, needsReview);
        }
    }

    /** The shown judgement of a withdrawal cell; shared with {@link Judgements}. */
    static String shownWithdrawal(Boolean triggered, String action, boolean needsReview) {
        if (needsReview) {
            return REVIEW;
        }
        if (triggered == null) {
            return NO_MARK;
        }
        return triggered ? (action == null ? "該当" : "該当 " + action) : "非該当";
    }

    /** The shown judgement of a rating cell; shared with {@link Judgements}. */
    static String shownRating(String value, boolean needsReview) {
        return value != null ? value : needsReview ? REVIEW : NO_MARK;
    }

    /** Location (CONTRACT.md) → shown judgement, for every rating and withdrawal cell of the submission. */
    public Map<String, String> judge(Submission submission) {
        int fiscalYear = submission.fiscalYear().startYear();
        Map<String, String> cells = new LinkedHashMap<>();
        for (Strategy s : submission.strategies()) {
            List<Rating> outcomes = new ArrayList<>(s.outcomes().size());
            for (int i = 0; i < s.outcomes().size(); i++) {
                Rating rating = outcome(outcomeFact(s, i, fiscalYear));
                outcomes.add(rating);
                cells.put(CellLocation.ofOutcome(s.id(), i).format(), rating.shown());
            }

            List<Rating> achievements = new ArrayList<>(s.initiatives().size());
            for (Initiative in : s.initiatives()) {
                InitiativeFact fact = initiativeFact(s, in, fiscalYear);
                Withdrawal withdrawal = withdrawal(fact);
                Rating achievement = achievement(fact, withdrawal);
                achievements.add(achievement);
                for (Cell cell : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                    String shown = switch (cell) {
                        case ACHIEVEMENT -> achievement.shown();
                        case EXECUTION -> execution(fact, achievement).shown();
                        case INITIATIVE_EFFECTIVENESS -> initiativeEffectiveness(achievement).shown();
                        case WITHDRAWAL -> withdrawal.shown();
                        case OUTCOME, OVERALL, PROGRESS, STRATEGY_EFFECTIVENESS, EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT ->
                                throw new IllegalStateException(cell + " is not an initiative's");
                    };
                    cells.put(CellLocation.of(cell, s.id(), in.id(), null).format(), shown);
                }
            }

            Rating overall = overall(outcomes);
            Rating progress = progress(achievements);
            for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                Rating rating = switch (cell) {
                    case OVERALL -> overall;
                    case PROGRESS -> progress;
                    case STRATEGY_EFFECTIVENESS -> strategyEffectiveness(overall, progress);
                    case OUTCOME, ACHIEVEMENT, EXECUTION, INITIATIVE_EFFECTIVENESS, WITHDRAWAL,
                         EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT -> throw new IllegalStateException(cell + " is not a strategy's");
                };
                cells.put(CellLocation.of(cell, s.id(), null, null).format(), rating.shown());
            }
        }
        return cells;
    }

    // ---- facts, built by the application's own fact builder ----

    private static OutcomeFact outcomeFact(Strategy s, int index, int fiscalYear) {
        return Facts.outcome(s, index, fiscalYear, UNITS);
    }

    private static InitiativeFact initiativeFact(Strategy s, Initiative in, int fiscalYear) {
        return Facts.initiative(s, in, fiscalYear, UNITS);
    }

    // ---- sheet 1 ----

    /** 個別 A/B: outcome-rating.drl with policy.drl's trajectory policy. */
    static Rating outcome(OutcomeFact o) {
        if (!o.value().readable()) {
            return Rating.review(); // 個別：値を数値として読めなければ人が判断
        }
        if (o.target().qualitative()) {
            return Rating.review(); // 個別：目標が定性的なら人が判断
        }
        if (!o.target().readable()) {
            return Rating.review(); // 個別：目標を読めなければ人が判断
        }
        if (!o.comparable()) {
            return Rating.review(); // 個別：値と目標の単位が違えば人が判断
        }
        if (o.met()) {
            return Rating.of("A"); // 個別：目標値に達していれば A
        }
        if (o.deadline() <= o.fiscalYear()) {
            return Rating.of("B"); // 軌道方式：期限の年度に目標値に達していなければ B
        }
        if (o.target().aggregate() == Aggregate.YEAR && !o.previousComparable()) {
            return Rating.review(); // 軌道方式：前年度値がなければ人が判断
        }
        // 軌道方式：今年度の目安を求める / 累計目標の今年度までの目安を求める / 平均目標は毎年の目標値が目安
        BigDecimal point = switch (o.target().aggregate()) {
            case YEAR -> {
                if (!o.previousComparable()) {
                    yield null; // 軌道方式：前年度値がなければ人が判断
                }
                yield Numbers.along(o.previous().number(), o.target().value(), o.deadline() - o.baseYear(), 1);
            }
            case CUMULATIVE -> o.target().periodStart() == null ? null
                    : Numbers.along(BigDecimal.ZERO, o.target().value(), o.periodYears(), o.yearsSoFar());
            case AVERAGE -> o.target().value();
        };
        if (point == null) {
            return Rating.review(); // 軌道方式：期間の始まりが分からない累計目標は人が判断
        }
        BigDecimal margin = BigDecimal.valueOf(TRAJECTORY_MARGIN);
        if (o.higherIsBetter()) {
            // 軌道方式：今年度の目安以上なら A / 目安を下回れば B（増やす目標）
            return Rating.of(o.value().atLeast(point.subtract(margin)) ? "A" : "B");
        }
        // 軌道方式：今年度の目安以下なら A / 目安を上回れば B（減らす目標）
        return Rating.of(o.value().atMost(point.add(margin)) ? "A" : "B");
    }

    /** 全体 A/B: strategy-overall.drl. */
    static Rating overall(List<Rating> outcomes) {
        if (outcomes.isEmpty()) {
            return Rating.review(); // 全体：アウトカムの値がなければ人が判断
        }
        boolean anyB = false;
        boolean allA = true;
        for (Rating o : outcomes) {
            anyB |= "B".equals(o.value());
            allA &= "A".equals(o.value());
        }
        if (anyB) {
            return Rating.of("B"); // 全体：個別に B があれば B
        }
        if (allA) {
            return Rating.of("A"); // 全体：個別がすべて A なら A
        }
        return Rating.review(); // 全体：個別に要確認があり B がなければ人が判断
    }

    /** 戦略の進捗状況 a/b: strategy-progress.drl. */
    static Rating progress(List<Rating> achievements) {
        if (achievements.isEmpty()) {
            return Rating.review(); // 進捗：取組がなければ人が判断
        }
        // Every rule below also requires as many achievement suggestions as initiatives
        // (List(size == $s.initiativeCount) from collect(...)). The rules can insert an initiative's achievement more
        // than once (once per withdrawal suggestion, and withdrawal.drl inserts one per matching phrase row or pair
        // of codes), but the engine fires the progress rule when every initiative has its first one, before the
        // repeats arrive; so, as intended, each initiative counts once.
        boolean anyLate = false;
        boolean allMet = true;
        for (Rating a : achievements) {
            anyLate |= "②".equals(a.value()) || "③".equals(a.value());
            allMet &= "①".equals(a.value());
        }
        if (anyLate) {
            return Rating.of("b"); // 進捗：② か ③ の取組があれば b
        }
        if (allMet) {
            return Rating.of("a"); // 進捗：取組がすべて ① なら a
        }
        return Rating.review(); // 進捗：取組に要確認があり ②③ がなければ人が判断
    }

    /** 戦略のアウトカムに対する有効性 ア/イ: strategy-effectiveness.drl and its table strategy-effectiveness.drl.csv. */
    static Rating strategyEffectiveness(Rating overall, Rating progress) {
        if (overall.value() == null || progress.value() == null) {
            // 有効性：全体か進捗を人が判断するなら有効性も人が判断 (or, with no progress rule fired, no rule at all:
            // the Evaluator's fallback, shown the same)
            return Rating.review();
        }
        boolean onTrack = "A".equals(overall.value());
        boolean onSchedule = "a".equals(progress.value());
        if (onTrack) {
            return Rating.of("ア"); // 有効性：成果が順調で戦略も予定どおりならア / 成果が順調なら進捗が遅れていてもア
        }
        return onSchedule
                ? Rating.of("イ") // 有効性：予定どおり実施しても成果が出なければイ
                : Rating.of("ア"); // 有効性：成果の遅れが実施の遅れによるならア
    }

    // ---- sheet 2 ----

    /** 撤退基準: withdrawal.drl, withdrawal-default.drl.csv and the phrase table withdrawal-actions.drl.csv. */
    static Withdrawal withdrawal(InitiativeFact i) {
        if (i.withdrawalMissing()) {
            BigDecimal rate = i.getAchievementRate();
            if (rate == null) {
                return Withdrawal.notTriggered(); // 撤退基準：記載がなく達成率も計算できなければ当たらない
            }
            return rate.compareTo(BigDecimal.valueOf(DEFAULT_WITHDRAWAL_RATE)) < 0
                    ? new Withdrawal(true, DEFAULT_WITHDRAWAL_ACTION, false) // 既定の撤退基準：達成率50%未満なら事業を再構築
                    : Withdrawal.notTriggered(); // 既定の撤退基準：達成率50%以上なら当たらない
        }
        WithdrawalCriterion w = i.withdrawal();
        if (w.qualitative()) {
            // 撤退基準：数値でない基準は人が判断 (with the action, if the phrase table knows one)
            // / 撤退基準：数値でなく対応も読めない基準は人が判断
            return Withdrawal.review();
        }
        if (!w.readable()) {
            return Withdrawal.review(); // 撤退基準：基準を読めなければ人が判断
        }
        if (!i.withdrawalComparable()) {
            return Withdrawal.review(); // 撤退基準：実績の値と比べられなければ人が判断
        }
        if (!i.withdrawalTriggered()) {
            return Withdrawal.notTriggered(); // 撤退基準：基準に当たらない
        }
        Set<String> codes = actionCodes(w);
        if (codes.isEmpty()) {
            return new Withdrawal(true, null, true); // 撤退基準：基準に当たるが対応を読めなければ人が判断
        }
        if (codes.size() == 1) {
            return new Withdrawal(true, codes.iterator().next(), false); // 撤退基準：基準に当たり、対応が決まる
        }
        return new Withdrawal(true, null, true); // 撤退基準：基準に当たるが対応が二通りに読めれば人が判断
    }

    /** withdrawal-actions.drl.csv: the codes of the phrase rows whose phrase the criterion's action text contains. */
    static Set<String> actionCodes(WithdrawalCriterion w) {
        String action = w.actionText();
        if (action == null) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>(2);
        for (ActionPhrase p : ACTION_PHRASES) {
            if (action.contains(p.phrase())) {
                codes.add(p.code());
            }
        }
        return codes;
    }

    /** 業績目標の達成状況 ①②③: initiative-achievement.drl. */
    static Rating achievement(InitiativeFact i, Withdrawal withdrawal) {
        if (i.target().qualitative()) {
            return Rating.review(); // 達成状況：目標が定性的なら人が判断
        }
        if (!i.target().readable()) {
            return Rating.review(); // 達成状況：目標を読めなければ人が判断
        }
        if (!i.measured().readable()) {
            return Rating.review(); // 達成状況：実績の値を読めなければ人が判断
        }
        if (!i.comparable()) {
            return Rating.review(); // 達成状況：実績と目標の単位が違えば人が判断
        }
        if (i.met()) {
            return Rating.of("①"); // 達成状況：業績目標を満たせば ①
        }
        // The three rules below look at the withdrawal suggestion's `triggered` alone: a criterion that is met but
        // whose action cannot be read (withdrawal 要確認) still gives ③.
        if (withdrawal.triggered() == null) {
            return Rating.review(); // 達成状況：目標未達で撤退基準を人が判断するなら人が判断
        }
        return withdrawal.triggered()
                ? Rating.of("③") // 達成状況：目標未達で撤退基準に当たれば ③
                : Rating.of("②"); // 達成状況：目標未達で撤退基準に当たらなければ ②
    }

    /** （ア）（イ）: initiative-execution.drl.csv and initiative-execution.drl. */
    static Rating execution(InitiativeFact i, Rating achievement) {
        if ("③".equals(achievement.value())) {
            return Rating.noMark(); // 実施：③ には（ア）（イ）がない
        }
        Boolean asPlanned = i.carriedOutAsPlanned();
        if (asPlanned == null) {
            return Rating.review(); // 実施：予定どおり実施したか分からなければ人が判断
        }
        // ①/② rows of the table (実施：目標達成・予定どおり実施ならア …), and for an undecided achievement
        // 実施：達成状況を人が判断するなら（ア）（イ）は実施の記載から示す — the same answer
        return Rating.of(asPlanned ? "ア" : "イ");
    }

    /** 戦略に対する取組の有効性 ○/×: initiative-effectiveness.drl.csv and initiative-effectiveness.drl. */
    static Rating initiativeEffectiveness(Rating achievement) {
        if (achievement.value() == null) {
            return Rating.review(); // 取組の有効性：達成状況を人が判断するなら有効性も人が判断
        }
        return switch (achievement.value()) {
            case "①" -> Rating.of("○"); // 取組の有効性：目標達成なら有効
            case "③" -> Rating.of("×"); // 取組の有効性：撤退基準に当たれば見直し
            default -> Rating.review(); // 取組の有効性：目標未達成は人が判断 (②, 要確認 in the table)
        };
    }
}
