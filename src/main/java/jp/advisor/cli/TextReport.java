package jp.advisor.cli;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;
import jp.advisor.facts.Cell;

/** A readable table of an evaluation for the terminal: cell, self-assessment, suggestion, reason. */
final class TextReport {

    private TextReport() {
    }

    static String render(String source, Evaluation e) {
        StringBuilder out = new StringBuilder();
        out.append("■ ").append(e.organization()).append(' ').append(e.fiscalYear())
                .append("  （").append(source).append("）\n")
                .append("  ルール ").append(e.ruleSet().version()).append("  判定方式 ").append(e.ruleSet().policy())
                .append("\n\n")
                .append("  セル                         自己評価  提案     理由\n");
        for (StrategyEvaluation s : e.strategies()) {
            out.append("［").append(s.id()).append("］\n");
            for (OutcomeEvaluation o : s.outcomes()) {
                row(out, "  " + Cell.OUTCOME.brief() + "[" + o.index() + "]", o.rating());
            }
            for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                row(out, "  " + cell.brief(), s.rating(cell));
            }
            for (InitiativeEvaluation i : s.initiatives()) {
                out.append("  ［").append(i.id()).append("］\n");
                for (Cell cell : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                    if (cell == Cell.WITHDRAWAL) {
                        withdrawal(out, i.withdrawal());
                    } else {
                        row(out, "    " + cell.brief(), i.rating(cell));
                    }
                }
            }
        }
        return out.append('\n').toString();
    }

    private static void row(StringBuilder out, String cell, Rating r) {
        String suggested = r.value() != null ? r.value() : r.needsReview() ? "要確認" : "－";
        line(out, cell, r.selfAssessment() == null ? "－" : r.selfAssessment(), suggested,
                r.explanation().ja(), r.rule());
    }

    private static void withdrawal(StringBuilder out, Withdrawal w) {
        String suggested = w.needsReview() ? "要確認"
                : Boolean.TRUE.equals(w.triggered()) ? "該当 " + w.action() : "非該当";
        line(out, "    " + Cell.WITHDRAWAL.brief(), "", suggested, w.explanation().ja(), w.rule());
    }

    private static void line(StringBuilder out, String cell, String self, String suggested, String reason, String rule) {
        out.append(pad(cell, 30)).append(pad(self, 10)).append(pad(suggested, 9)).append(reason);
        if (rule != null) {
            out.append("  〔").append(rule).append("〕");
        }
        out.append('\n');
    }

    /** Pads by display width: full-width characters take two columns in a terminal. */
    private static String pad(String text, int width) {
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            used += cp < 0x1100 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2;
            i += Character.charCount(cp);
        }
        return text + " ".repeat(Math.max(1, width - used));
    }
}
