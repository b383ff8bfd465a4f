package jp.advisor.facts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of rating cells: every cell of the two sheets that the advisor suggests a value for, with where it
 * is, its scale and its names. Everything that lists cells — the submission reader, the evaluation's layout, the
 * what-if, the reports, the plain-Java baseline — iterates this enum, and the switches over it have no default, so
 * a new cell is a compile error wherever it must be placed. Adding a cell: README "Adding a rating cell".
 */
public enum Cell {

    OUTCOME(Sheet.STRATEGIES, Level.OUTCOME, "outcome", "selfRating", List.of("A", "B"), Map.of(),
            "アウトカムの個別評価", "outcome self-rating", "個別"),
    OVERALL(Sheet.STRATEGIES, Level.STRATEGY, "overall", "overall", List.of("A", "B"), Map.of(),
            "全体の自己評価", "overall self-rating", "全体"),
    PROGRESS(Sheet.STRATEGIES, Level.STRATEGY, "progress", "progress", List.of("a", "b"), Map.of(),
            "戦略の進捗状況", "strategy progress", "戦略の進捗状況"),
    STRATEGY_EFFECTIVENESS(Sheet.STRATEGIES, Level.STRATEGY, "effectiveness", "effectiveness", List.of("ア", "イ"),
            Map.of(), "戦略のアウトカムに対する有効性", "strategy effectiveness", "戦略の有効性"),
    // NFKC turns ① and １ alike into 1, so the digits are the only form left to map back.
    ACHIEVEMENT(Sheet.INITIATIVES, Level.INITIATIVE, "achievement", "achievement", List.of("①", "②", "③"),
            Map.of("1", "①", "2", "②", "3", "③"), "業績目標の達成状況", "achievement", "業績目標の達成状況"),
    // The sheet writes this one in brackets, 「（ア）」 (the seed's legend and cells); NFKC makes them ASCII.
    EXECUTION(Sheet.INITIATIVES, Level.INITIATIVE, "execution", "execution", List.of("ア", "イ"),
            Map.of("(ア)", "ア", "(イ)", "イ"), "取組の実施状況", "execution", "（ア）（イ）"),
    INITIATIVE_EFFECTIVENESS(Sheet.INITIATIVES, Level.INITIATIVE, "effectiveness", "effectiveness",
            List.of("○", "×"), Map.of("〇", "○", "◯", "○", "✕", "×", "x", "×", "X", "×"),
            "戦略に対する取組の有効性", "initiative effectiveness", "取組の有効性"),
    /** The sheet has no self-assessment here: the suggestion is whether the criterion is met, and the action. */
    WITHDRAWAL(Sheet.INITIATIVES, Level.INITIATIVE, "withdrawal", null, List.of(), Map.of(),
            "撤退基準", "withdrawal criterion", "撤退基準"),
    /** Not a sheet cell: the ア/イ that the sheet's own 全体 and 進捗 imply, for the review rules. */
    EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT(null, Level.STRATEGY, "effectivenessImpliedBySelfAssessment", null,
            List.of("ア", "イ"), Map.of(), "自己評価の全体・進捗が示す有効性", "effectiveness implied by the self-assessment",
            "自己評価が示す有効性");

    /** The two sheets of the 運営方針 report. */
    public enum Sheet {
        STRATEGIES("めざす成果および戦略"),
        INITIATIVES("具体的取組");

        private final String ja;

        Sheet(String ja) {
            this.ja = ja;
        }

        public String ja() {
            return ja;
        }
    }

    /** What a cell belongs to, which is where its location and its evaluation field are. */
    public enum Level {
        /** One per outcome indicator: {@code strategies/{id}/outcomes/{index}}. */
        OUTCOME,
        /** One per strategy: {@code strategies/{id}/{segment}}. */
        STRATEGY,
        /** One per initiative: {@code strategies/{id}/initiatives/{id}/{segment}}. */
        INITIATIVE
    }

    private final Sheet sheet;
    private final Level level;
    private final String segment;
    private final String selfAssessmentField;
    private final List<String> symbols;
    private final Map<String, String> aliases;
    private final String ja;
    private final String en;
    private final String brief;

    Cell(Sheet sheet, Level level, String segment, String selfAssessmentField, List<String> symbols,
         Map<String, String> aliases, String ja, String en, String brief) {
        this.sheet = sheet;
        this.level = level;
        this.segment = segment;
        this.selfAssessmentField = selfAssessmentField;
        this.symbols = symbols;
        this.aliases = aliases;
        this.ja = ja;
        this.en = en;
        this.brief = brief;
    }

    /** The sheet the cell is printed on; null for a cell that exists only for the rules. */
    public Sheet sheet() {
        return sheet;
    }

    public Level level() {
        return level;
    }

    /** The last segment of the cell's location, and its field in the evaluation (the outcome's is unused). */
    public String segment() {
        return segment;
    }

    /** The field of the submission's self-assessment, null when the sheet has none for this cell. */
    public String selfAssessmentField() {
        return selfAssessmentField;
    }

    public boolean hasSelfAssessment() {
        return selfAssessmentField != null;
    }

    /** A cell of the sheets, as opposed to one that exists only between rules. */
    public boolean onSheet() {
        return sheet != null;
    }

    /** The symbols the cell's scale allows, in the sheet's order. */
    public List<String> symbols() {
        return symbols;
    }

    /** The cell's name in Japanese, as the sheet and the reader's messages say it. */
    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }

    /** A short Japanese name for lists and tables (the what-if's cell type). */
    public String brief() {
        return brief;
    }

    /**
     * The canonical symbol for {@code written}: full-width letters and digits and half-width katakana fold by NFKC
     * (Ａ → A, ｂ → b, ｱ → ア), then the look-alikes staff type. Empty when the text is not one of this cell's symbols.
     */
    public Optional<String> symbolFor(String written) {
        String symbol = written.strip();
        if (symbols.contains(symbol)) {
            return Optional.of(symbol);
        }
        symbol = Normalizer.normalize(symbol, Normalizer.Form.NFKC).strip();
        symbol = aliases.getOrDefault(symbol, symbol);
        return symbols.contains(symbol) ? Optional.of(symbol) : Optional.empty();
    }

    /** The cells of one level that are on the sheets, in the sheets' order. */
    public static List<Cell> onSheetAt(Level level) {
        return Arrays.stream(values()).filter(c -> c.level == level && c.onSheet()).toList();
    }

    /** The cell of a level with this location segment, if any. */
    public static Optional<Cell> at(Level level, String segment) {
        return Arrays.stream(values()).filter(c -> c.level == level && c.segment.equals(segment)).findFirst();
    }
}
