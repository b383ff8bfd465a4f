package jp.advisor.ui.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.Submission;
import jp.advisor.submissions.StoredSubmission;
import jp.advisor.workbook.AnnotatedWorkbook;

/**
 * The two sheets of a stored revision laid out as they print, each rating cell with the ward's own rating beside the
 * stored suggestion and the findings that point at it. Only formatting: the suggestions and findings are the
 * evaluation's as it was stored on submit.
 */
record SheetView(List<StrategyRow> strategies, List<InitiativeRow> initiatives, List<StoredSubmission.Finding> general) {

    /** How a suggestion stands against the ward's rating, as the annotated workbook marks it. */
    enum Mark {
        AGREES("agrees", "一致", "agrees"),
        DIFFERS("differs", "≠ 自己評価と異なる", "≠ differs from the self-rating"),
        REVIEW("needs-review", "要確認", "needs review");

        private final String css;
        private final String ja;
        private final String en;

        Mark(String css, String ja, String en) {
            this.css = css;
            this.ja = ja;
            this.en = en;
        }

        public String css() {
            return css;
        }

        public String ja() {
            return ja;
        }

        public String en() {
            return en;
        }

        /** As the annotated workbook marks the same cell ({@link AnnotatedWorkbook.Mark}). */
        static Mark of(boolean needsReview, String value, String self) {
            return switch (AnnotatedWorkbook.Mark.of(needsReview, value, self)) {
                case AGREES -> AGREES;
                case DIFFERS -> DIFFERS;
                case REVIEW -> REVIEW;
            };
        }
    }

    /**
     * One rating cell: {@code self} what the sheet says (null when blank), {@code suggested} the advisor's (null when a
     * person must decide), the rule's explanation and the findings located at it.
     */
    record CellView(String location, String name, String nameEn, String self, String suggested, Mark mark, String rule,
                    Map<String, String> inputs, String comparison, String reasonJa, String reasonEn,
                    List<StoredSubmission.Finding> findings) {

        /**
         * The id of the element holding the cell: {@code cell-} and its location as the API writes it, so that a link
         * made from a location alone (a what-if's changed cell, {@code ui/policy/fragments}) lands on it.
         */
        public String anchor() {
            return "cell-" + location;
        }
    }

    record OutcomeRow(Outcome outcome, CellView cell) {
    }

    record StrategyRow(Strategy strategy, List<OutcomeRow> outcomes, List<CellView> cells,
                       List<StoredSubmission.Finding> findings) {
    }

    record InitiativeRow(String strategyId, Initiative initiative, List<CellView> cells,
                         List<StoredSubmission.Finding> findings) {
    }

    static SheetView of(Submission submission, Evaluation evaluation, List<StoredSubmission.Finding> findings) {
        Map<String, List<StoredSubmission.Finding>> byOwner = new LinkedHashMap<>();
        List<String> cellLocations = cellLocations(evaluation);
        List<StoredSubmission.Finding> general = new ArrayList<>();
        for (StoredSubmission.Finding f : findings) {
            owner(f.location(), cellLocations).ifPresentOrElse(
                    o -> byOwner.computeIfAbsent(o, k -> new ArrayList<>()).add(f), () -> general.add(f));
        }
        Map<String, StrategyEvaluation> evaluated = new LinkedHashMap<>();
        evaluation.strategies().forEach(s -> evaluated.put(s.id(), s));
        List<StrategyRow> strategies = new ArrayList<>();
        List<InitiativeRow> initiatives = new ArrayList<>();
        for (Strategy s : submission.strategies()) {
            StrategyEvaluation e = evaluated.get(s.id());
            List<OutcomeRow> outcomes = new ArrayList<>();
            for (int i = 0; i < s.outcomes().size(); i++) {
                int index = i;
                Rating rating = e == null ? null : e.outcomes().stream().filter(o -> o.index() == index)
                        .map(Evaluation.OutcomeEvaluation::rating).findFirst().orElse(null);
                String at = CellLocation.ofOutcome(s.id(), i).format();
                outcomes.add(new OutcomeRow(s.outcomes().get(i), cell(Cell.OUTCOME, at, rating,
                        s.outcomes().get(i).selfRating(), byOwner)));
            }
            List<CellView> cells = new ArrayList<>();
            for (Cell c : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                String at = CellLocation.of(c, s.id(), null, null).format();
                cells.add(cell(c, at, e == null ? null : e.rating(c), s.selfAssessment().of(c), byOwner));
            }
            strategies.add(new StrategyRow(s, outcomes, cells,
                    taken(byOwner, CellLocation.ofStrategy(s.id()).format())));
            for (Initiative i : s.initiatives()) {
                InitiativeEvaluation ie = e == null ? null
                        : e.initiatives().stream().filter(x -> x.id().equals(i.id())).findFirst().orElse(null);
                List<CellView> initiativeCells = new ArrayList<>();
                for (Cell c : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                    String at = CellLocation.of(c, s.id(), i.id(), null).format();
                    initiativeCells.add(c == Cell.WITHDRAWAL ? withdrawal(at, ie == null ? null : ie.withdrawal(), byOwner)
                            : cell(c, at, ie == null ? null : ie.rating(c), i.selfAssessment().of(c), byOwner));
                }
                initiatives.add(new InitiativeRow(s.id(), i, initiativeCells,
                        taken(byOwner, CellLocation.ofInitiative(s.id(), i.id()).format())));
            }
        }
        byOwner.values().forEach(general::addAll); // at a strategy or initiative the sheet does not have
        return new SheetView(strategies, initiatives, general);
    }

    /** The findings at {@code at}, taken out so that those left over are shown with the sheet's. */
    private static List<StoredSubmission.Finding> taken(Map<String, List<StoredSubmission.Finding>> byOwner, String at) {
        List<StoredSubmission.Finding> here = byOwner.remove(at);
        return here == null ? List.of() : here;
    }

    private static CellView cell(Cell c, String at, Rating rating, String self,
                                 Map<String, List<StoredSubmission.Finding>> byOwner) {
        List<StoredSubmission.Finding> here = taken(byOwner, at);
        if (rating == null) {
            return new CellView(at, c.ja(), c.en(), self, null, Mark.REVIEW, null, Map.of(), null, null, null, here);
        }
        return new CellView(at, c.ja(), c.en(), self, rating.value(), Mark.of(rating.needsReview(), rating.value(), self),
                rating.rule(), rating.inputs() == null ? Map.of() : rating.inputs(), rating.comparison(),
                rating.explanation() == null ? null : rating.explanation().ja(),
                rating.explanation() == null ? null : rating.explanation().en(), here);
    }

    /** The withdrawal criterion has no self-rating: its suggestion is whether the criterion is met, and what to do. */
    private static CellView withdrawal(String at, Evaluation.Withdrawal w,
                                       Map<String, List<StoredSubmission.Finding>> byOwner) {
        List<StoredSubmission.Finding> here = taken(byOwner, at);
        if (w == null) {
            return new CellView(at, Cell.WITHDRAWAL.ja(), Cell.WITHDRAWAL.en(), null, null, Mark.REVIEW, null, Map.of(),
                    null, null, null, here);
        }
        String suggested = w.shown(false);
        Mark mark = w.needsReview() || suggested == null ? Mark.REVIEW : Mark.AGREES;
        return new CellView(at, Cell.WITHDRAWAL.ja(), Cell.WITHDRAWAL.en(), null, suggested, mark, w.rule(),
                w.inputs() == null ? Map.of() : w.inputs(), w.comparison(),
                w.explanation() == null ? null : w.explanation().ja(),
                w.explanation() == null ? null : w.explanation().en(), here);
    }

    /** Every rated cell's location, so a finding goes to its cell, else its initiative or strategy row. */
    private static List<String> cellLocations(Evaluation evaluation) {
        List<String> at = new ArrayList<>();
        for (StrategyEvaluation s : evaluation.strategies()) {
            s.outcomes().forEach(o -> at.add(CellLocation.ofOutcome(s.id(), o.index()).format()));
            Cell.onSheetAt(Cell.Level.STRATEGY).forEach(c -> at.add(CellLocation.of(c, s.id(), null, null).format()));
            for (InitiativeEvaluation i : s.initiatives()) {
                Cell.onSheetAt(Cell.Level.INITIATIVE)
                        .forEach(c -> at.add(CellLocation.of(c, s.id(), i.id(), null).format()));
            }
        }
        return at;
    }

    /** The cell, initiative row or strategy row a finding's location is in; empty for the sheet as a whole. */
    private static Optional<String> owner(String location, List<String> cells) {
        Optional<CellLocation> parsed = CellLocation.parse(location);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        CellLocation l = parsed.get();
        Optional<String> cell = l.cell().filter(Cell::onSheet)
                .map(c -> CellLocation.of(c, l.strategyId(), l.initiativeId(), l.outcomeIndex()).format())
                .filter(cells::contains);
        if (cell.isPresent()) {
            return cell;
        }
        if (l.outcomeIndex() != null && cells.contains(CellLocation.ofOutcome(l.strategyId(), l.outcomeIndex()).format())) {
            return Optional.of(CellLocation.ofOutcome(l.strategyId(), l.outcomeIndex()).format());
        }
        return Optional.of(l.initiativeId() != null ? CellLocation.ofInitiative(l.strategyId(), l.initiativeId()).format()
                : CellLocation.ofStrategy(l.strategyId()).format());
    }
}
