package jp.advisor.facts;

/** The rating cells of the two sheets that the advisor suggests a value for. */
public enum Cell {
    OUTCOME("個別", "individual outcome"),
    OVERALL("全体", "overall outcome"),
    PROGRESS("戦略の進捗状況", "strategy progress"),
    STRATEGY_EFFECTIVENESS("戦略のアウトカムに対する有効性", "strategy effectiveness"),
    WITHDRAWAL("撤退基準", "withdrawal criterion"),
    ACHIEVEMENT("業績目標の達成状況", "performance target achievement"),
    EXECUTION("取組の実施（ア）（イ）", "execution as planned"),
    INITIATIVE_EFFECTIVENESS("戦略に対する取組の有効性", "initiative effectiveness"),
    /** Not a sheet cell: the ア/イ that the sheet's own 全体 and 進捗 imply, for the review rules. */
    EFFECTIVENESS_IMPLIED_BY_SELF_ASSESSMENT("自己評価の全体・進捗が示す有効性", "effectiveness implied by the self-assessment");

    private final String ja;
    private final String en;

    Cell(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
