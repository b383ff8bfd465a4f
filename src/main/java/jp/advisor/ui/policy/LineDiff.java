package jp.advisor.ui.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two texts of a rule file, with a little context, as a person reads a diff: kept
 * lines ({@code ' '}), removed ({@code '−'}) and added ({@code '+'}) with their line numbers on each side. A longest
 * common subsequence over lines: rule files are a few hundred lines, so the table stays small.
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
    /** Past this many cells the table would be too large: the texts are then shown as wholly replaced. */
    private static final long MAX_CELLS = 4_000_000L;

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
        if ((long) x.size() * y.size() > MAX_CELLS) {
            for (int i = 0; i < x.size(); i++) {
                all.add(new Line("−", i + 1, null, x.get(i)));
            }
            for (int j = 0; j < y.size(); j++) {
                all.add(new Line("+", null, j + 1, y.get(j)));
            }
            return all;
        }
        int[][] common = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                all.add(new Line(" ", i + 1, j + 1, x.get(i)));
                i++;
                j++;
            } else if (j < y.size() && (i == x.size() || common[i][j + 1] >= common[i + 1][j])) {
                all.add(new Line("+", null, j + 1, y.get(j)));
                j++;
            } else {
                all.add(new Line("−", i + 1, null, x.get(i)));
                i++;
            }
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
