package jp.advisor.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link Suggestion} in a rule's consequence:
 * <pre>
 * insert(Suggest.outcome($o).value("B")
 *     .ja("{0}は今年度の目安{1}を下回るため B。", $o.value().display(), $point)
 *     .en("{0} is below this year's point {1}, so B.", $o.value().display(), $point)
 *     .build());
 * </pre>
 * Placeholders {0}, {1} … are filled with the arguments; numbers are shown without needless zeros.
 */
public final class Suggest {

    /** What a decision table writes in its value column for a case a person must decide. */
    public static final String REVIEW = "要確認";

    private final Cell cell;
    private final String strategyId;
    private final String initiativeId;
    private final Integer outcomeIndex;
    private String value;
    private boolean needsReview;
    private Boolean triggered;
    private String action;
    private String ja = "";
    private String en = "";
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private String comparison;

    private Suggest(Cell cell, String strategyId, String initiativeId, Integer outcomeIndex) {
        this.cell = cell;
        this.strategyId = strategyId;
        this.initiativeId = initiativeId;
        this.outcomeIndex = outcomeIndex;
    }

    public static Suggest outcome(OutcomeFact outcome) {
        return new Suggest(Cell.OUTCOME, outcome.strategyId(), null, outcome.index());
    }

    public static Suggest strategy(String strategyId, Cell cell) {
        return new Suggest(cell, strategyId, null, null);
    }

    public static Suggest strategy(StrategyFact strategy, Cell cell) {
        return strategy(strategy.id(), cell);
    }

    public static Suggest initiative(String strategyId, String initiativeId, Cell cell) {
        return new Suggest(cell, strategyId, initiativeId, null);
    }

    public static Suggest initiative(InitiativeFact initiative, Cell cell) {
        return initiative(initiative.strategyId(), initiative.id(), cell);
    }

    public Suggest value(String value) {
        this.value = value;
        return this;
    }

    /** For decision tables: the cell's symbol, or 「要確認」 for a case a person must decide. */
    public Suggest valueOrReview(String value) {
        return REVIEW.equals(value.strip()) ? needsReview() : value(value.strip());
    }

    /** No value: a person must decide; the explanation says why. */
    public Suggest needsReview() {
        this.value = null;
        this.needsReview = true;
        return this;
    }

    public Suggest triggered(boolean triggered) {
        this.triggered = triggered;
        return this;
    }

    public Suggest action(String action) {
        this.action = action;
        return this;
    }

    public Suggest ja(String template, Object... args) {
        this.ja = Text.fill(template, args);
        return this;
    }

    public Suggest en(String template, Object... args) {
        this.en = Text.fill(template, args);
        return this;
    }

    public Suggest input(String name, Object value) {
        inputs.put(name, Text.show(value));
        return this;
    }

    public Suggest comparison(String template, Object... args) {
        this.comparison = Text.fill(template, args);
        return this;
    }

    public Suggestion build() {
        return new Suggestion(cell, strategyId, initiativeId, outcomeIndex, value, needsReview, triggered, action,
                ja, en, inputs, comparison);
    }
}
