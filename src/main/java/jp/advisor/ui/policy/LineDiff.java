package jp.advisor.ui.policy;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The lines that differ between two texts of a rule file, with a little context, as a person reads a diff: kept
 * lines ({@code ' '}), removed ({@code '−'}) and added ({@code '+'}) with their line numbers on each side. The
 * changes are java-diff-utils' (Myers' algorithm); this class only lays them out with line numbers and context.
 */
final class LineDiff {

    /**
     * One line of the diff.
     *
     * @param mark   {@code " "}, {@code "−"} or {@code "+"}; {@code "…"} for the lines left out between hunks
     * @param before its number in the first text (null for an added line)
     * @param after  its number in the second text (null for a removed line)
     */
    record Line(String mark, Integer before, Integer after, String text) {

        public boolean added() {
            return "+".equals(mark);
        }

        public boolean removed() {
            return "−".equals(mark);
        }
    }

    private static final int CONTEXT = 2;

    private LineDiff() {
    }

    static List<Line> of(String a, String b) {
        return of(a, b, CONTEXT);
    }

    /** With {@code context} kept lines around each change (0: the changed lines only). */
    static List<Line> of(String a, String b, int context) {
        List<String> x = a == null ? List.of() : a.lines().toList();
        List<String> y = b == null ? List.of() : b.lines().toList();
        List<Line> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(x, y).getDeltas()) {
            // The kept lines before this change, then its removed and added lines.
            for (; i < delta.getSource().getPosition(); i++, j++) {
                all.add(new Line(" ", i + 1, j + 1, x.get(i)));
            }
            for (String removed : delta.getSource().getLines()) {
                all.add(new Line("−", ++i, null, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                all.add(new Line("+", null, ++j, added));
            }
        }
        for (; i < x.size(); i++, j++) {
            all.add(new Line(" ", i + 1, j + 1, x.get(i)));
        }
        return withContext(all, context);
    }

    /** Only the changed lines and {@code context} kept lines around each; a gap between them is one 「…」 line. */
    private static List<Line> withContext(List<Line> all, int context) {
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (!" ".equals(all.get(k).mark())) {
                for (int c = Math.max(0, k - context); c <= Math.min(all.size() - 1, k + context); c++) {
                    keep[c] = true;
                }
            }
        }
        List<Line> shown = new ArrayList<>();
        boolean skipped = false;
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                if (skipped && !shown.isEmpty()) {
                    shown.add(new Line("…", null, null, ""));
                }
                shown.add(all.get(k));
                skipped = false;
            } else {
                skipped = true;
            }
        }
        return shown;
    }
}
