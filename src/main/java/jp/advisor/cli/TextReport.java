package jp.advisor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import jp.advisor.facts.Severity;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluation.Finding;
import jp.advisor.evaluation.Evaluation.InitiativeEvaluation;
import jp.advisor.evaluation.Evaluation.OutcomeEvaluation;
import jp.advisor.evaluation.Evaluation.Rating;
import jp.advisor.evaluation.Evaluation.StrategyEvaluation;
import jp.advisor.evaluation.Evaluation.Withdrawal;
import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;

/**
 * A readable table of an evaluation for the terminal: each cell with its self-assessment, the suggestion and the
 * reason, a mark where they differ or a person must decide, and each strategy's findings below its cells. Cell names
 * come from the catalogue ({@link Cell}); codes stay out of the sentences. Widths are counted as a terminal draws
 * them (Unicode East Asian Width, by ICU): wide characters take two columns, and the ambiguous ones (①②③ ○ ×) one
 * or two as the terminal is set.
 */
final class TextReport {

    /** How wide to draw and whether to wrap. */
    record Layout(int width, boolean wrap, int ambiguousWidth) {

        /** No wrapping: a file or a pipe keeps each cell on one line. */
        static final Layout UNWRAPPED = new Layout(Integer.MAX_VALUE, false, 1);
    }

    static final String DIFFERS = "≠";
    static final String REVIEW = "？";

    private static final int CELL = 24;
    private static final int SELF = 10;
    private static final int SUGGESTED = 10;

    private final Layout layout;
    private final StringBuilder out = new StringBuilder();

    private TextReport(Layout layout) {
        this.layout = layout;
    }

    static String render(String source, Evaluation e) {
        return render(source, e, Layout.UNWRAPPED);
    }

    static String render(String source, Evaluation e, Layout layout) {
        return new TextReport(layout).report(source, e);
    }

    private String report(String source, Evaluation e) {
        out.append("■ ").append(e.organization()).append(' ').append(e.fiscalYear())
                .append("  （").append(source).append("）\n")
                .append("  ルール ").append(e.ruleSet().version()).append("  判定方式 ").append(e.ruleSet().policy())
                .append('\n')
                .append("  ").append(DIFFERS).append(" 自己評価と提案が違う / differs from the self-assessment   ")
                .append(REVIEW).append(" 人が判断 / a person decides\n\n");
        line("", "セル", "自己評価", "提案", "理由", null, 0);
        Map<String, List<Finding>> findings = byStrategy(e.findings());
        for (StrategyEvaluation s : e.strategies()) {
            out.append("［").append(s.id()).append("］\n");
            for (OutcomeEvaluation o : s.outcomes()) {
                rating(Cell.OUTCOME.brief() + "[" + o.index() + "]", o.rating(), 1);
            }
            for (Cell cell : Cell.onSheetAt(Cell.Level.STRATEGY)) {
                rating(cell.brief(), s.rating(cell), 1);
            }
            for (InitiativeEvaluation i : s.initiatives()) {
                out.append("  ［").append(i.id()).append("］\n");
                for (Cell cell : Cell.onSheetAt(Cell.Level.INITIATIVE)) {
                    if (cell == Cell.WITHDRAWAL) {
                        withdrawal(i.withdrawal());
                    } else {
                        rating(cell.brief(), i.rating(cell), 2);
                    }
                }
            }
            for (Finding f : findings.getOrDefault(s.id(), List.of())) {
                finding(f);
            }
        }
        // Findings under no strategy of the sheet (the submission as a whole) come last.
        e.strategies().forEach(s -> findings.remove(s.id()));
        findings.values().forEach(list -> list.forEach(this::finding));
        return out.append('\n').toString();
    }

    private void rating(String cell, Rating r, int depth) {
        String suggested = r.value() != null ? r.value() : r.needsReview() ? "要確認" : "－";
        String self = r.selfAssessment() == null ? "－" : r.selfAssessment();
        String mark = r.needsReview() ? REVIEW
                : r.value() != null && r.selfAssessment() != null && !r.value().equals(r.selfAssessment()) ? DIFFERS : "";
        line(mark, cell, self, suggested, r.explanation().ja(), r.rule(), depth);
    }

    private void withdrawal(Withdrawal w) {
        // The action is said in the reason's Japanese; its code (REBUILD_PROJECT …) is for the JSON.
        String shown = w.shown(false);
        String suggested = w.needsReview() || shown == null ? "要確認" : shown;
        line(w.needsReview() ? REVIEW : "", Cell.WITHDRAWAL.brief(), "", suggested, w.explanation().ja(), w.rule(), 2);
    }

    private void finding(Finding f) {
        String where = CellLocation.parse(f.location()).map(TextReport::place).orElse("");
        String severity = Severity.ja(f.severity());
        String text = "指摘【" + severity + "】" + (where.isEmpty() ? "" : where + "：") + f.message().ja();
        wrapped("  ", text, "    ");
    }

    /** A finding's place in words: the initiative and the cell's name, where the location names them. */
    private static String place(CellLocation l) {
        String cell = l.outcomeIndex() != null ? Cell.OUTCOME.brief() + "[" + l.outcomeIndex() + "]"
                : l.cell().map(Cell::brief).orElse("");
        String owner = l.initiativeId() == null ? "" : "取組［" + l.initiativeId() + "］";
        return owner + (owner.isEmpty() || cell.isEmpty() ? "" : "の") + cell;
    }

    private void line(String mark, String cell, String self, String suggested, String reason, String rule, int depth) {
        String head = pad(mark, 2) + "  ".repeat(depth) + cell;
        String prefix = pad(head, CELL + 2) + pad(self, SELF) + pad(suggested, SUGGESTED);
        String text = rule == null ? reason : reason + "  〔" + rule + "〕";
        wrapped(prefix, text, " ".repeat(CELL + 2 + SELF + SUGGESTED));
    }

    /** The prefix, then the text wrapped to the layout's width, continuation lines under the text's first column. */
    private void wrapped(String prefix, String text, String indent) {
        out.append(prefix);
        int used = width(prefix);
        int limit = layout.wrap() ? Math.max(layout.width(), width(indent) + 20) : Integer.MAX_VALUE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = width(cp);
            if (used + w > limit) {
                out.append('\n').append(indent);
                used = width(indent);
                if (cp == ' ') { // a space that falls on the break is not carried to the next line
                    i += Character.charCount(cp);
                    continue;
                }
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        out.append('\n');
    }

    private String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - width(text)));
    }

    private int width(String text) {
        return text.codePoints().map(this::width).sum();
    }

    private int width(int cp) {
        return switch (UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH)) {
            case UCharacter.EastAsianWidth.WIDE, UCharacter.EastAsianWidth.FULLWIDTH -> 2;
            case UCharacter.EastAsianWidth.AMBIGUOUS -> layout.ambiguousWidth();
            default -> UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK ? 0 : 1;
        };
    }

    /** Findings by the strategy their location is under ("" for the rest), in the evaluation's order. */
    private static Map<String, List<Finding>> byStrategy(List<Finding> findings) {
        Map<String, List<Finding>> by = new LinkedHashMap<>();
        for (Finding f : findings) {
            by.computeIfAbsent(CellLocation.strategyIdOf(f.location()), k -> new ArrayList<>()).add(f);
        }
        return by;
    }
}
