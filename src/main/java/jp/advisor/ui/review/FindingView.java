package jp.advisor.ui.review;

import java.util.Map;
import java.util.Optional;

import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.submissions.StoredSubmission;

/**
 * A stored finding as the submission page shows it: its severity's word, where it points (the sheet, strategy,
 * initiative and field, named from the cell catalogue) and the cells it quotes.
 *
 * @param sheet   the sheet's name, empty when the location is not on one (e.g. the rule set)
 * @param place   strategy / initiative / outcome and the field, in Japanese
 * @param placeEn the same in English
 * @param cells   the cells and numbers the finding compares, as the evaluation quoted them
 */
record FindingView(StoredSubmission.Finding finding, String severityJa, String sheet, String place, String placeEn,
                   Map<String, String> cells) {

    static FindingView of(StoredSubmission.Finding finding, Map<String, String> cells) {
        String severity = ReviewOverview.severityJa(finding.severity());
        Optional<CellLocation> parsed = CellLocation.parse(finding.location());
        if (parsed.isEmpty()) {
            String raw = finding.location() == null ? "" : finding.location();
            return new FindingView(finding, severity, "", raw, raw, cells);
        }
        CellLocation at = parsed.get();
        Optional<Cell> cell = at.cell();
        String sheet = cell.map(c -> c.sheet() == null ? "" : c.sheet().ja()).orElse(at.initiativeId() != null
                ? Cell.Sheet.INITIATIVES.ja() : Cell.Sheet.STRATEGIES.ja());
        StringBuilder ja = new StringBuilder("戦略 ").append(at.strategyId());
        StringBuilder en = new StringBuilder("strategy ").append(at.strategyId());
        if (at.initiativeId() != null) {
            ja.append(" › 取組 ").append(at.initiativeId());
            en.append(" › initiative ").append(at.initiativeId());
        }
        if (at.outcomeIndex() != null) {
            ja.append(" › アウトカム ").append(at.outcomeIndex() + 1);
            en.append(" › outcome ").append(at.outcomeIndex() + 1);
        }
        if (cell.isPresent()) {
            ja.append(" › ").append(cell.get().ja());
            en.append(" › ").append(cell.get().en());
        } else if (at.field() != null) {
            ja.append(" › ").append(at.field());
            en.append(" › ").append(at.field());
        }
        return new FindingView(finding, severity, sheet, ja.toString(), en.toString(), cells);
    }
}
