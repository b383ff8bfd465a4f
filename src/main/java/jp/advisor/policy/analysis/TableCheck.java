package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.advisor.policy.analysis.DecisionTable.Constraint;
import jp.advisor.policy.analysis.DecisionTable.Field;
import jp.advisor.policy.analysis.DecisionTable.Row;
import jp.advisor.policy.analysis.Wording.Context;

/**
 * The analysis of one table. Rows are compared only within a case (a combination of symbolic cells; a blank
 * symbolic cell joins every case). The line of each numeric field is cut into pieces at every end a row uses, so
 * coverage is exact; with several numeric fields, a field's gaps are looked for in each slice of the others.
 */
final class TableCheck {

    /** Bounds on enumeration, far above real tables, so that odd input cannot make the analysis run away. */
    private static final int MAX_CASES = 4096;
    private static final long MAX_CELLS = 200_000;

    private final String file;
    private final DecisionTable table;
    private final List<Field> fields;
    private final List<Row> live = new ArrayList<>();
    private final List<Pieces> pieces = new ArrayList<>();
    private int[][][] spans; // [live row][field] → first and last piece
    /** Per symbolic column: whether the rows name more than one value in it (else messages need not say it). */
    private final List<Boolean> distinguishing = new ArrayList<>();
    private final Set<TableIssue> issues = new LinkedHashSet<>();
    private final Map<TableIssue, Integer> order = new LinkedHashMap<>();

    TableCheck(String file, DecisionTable table) {
        this.file = file;
        this.table = table;
        this.fields = table.fields();
    }

    List<TableIssue> run() {
        if (fields.isEmpty()) {
            return List.of();
        }
        for (Row r : table.rows()) {
            emptyRow(r);
            if (r.canFire()) {
                live.add(r);
            }
        }
        for (int f = 0; f < fields.size(); f++) {
            int field = f;
            pieces.add(new Pieces(live.stream().map(r -> r.box().get(field)).toList()));
        }
        spans = new int[live.size()][fields.size()][];
        for (int r = 0; r < live.size(); r++) {
            for (int f = 0; f < fields.size(); f++) {
                spans[r][f] = pieces.get(f).span(live.get(r).box().get(f));
            }
        }
        for (int p = 0; p < table.symbolic().size(); p++) {
            int column = p;
            distinguishing.add(live.stream().map(r -> r.symbolic().get(column)).filter(v -> v != null).distinct().count() > 1);
        }
        Map<BitSet, List<List<String>>> cases = new LinkedHashMap<>();
        BitSet all = new BitSet();
        all.set(0, live.size());
        boolean complete = !live.isEmpty() && enumerate(0, all, new ArrayList<>(), cases);
        cases.forEach(this::gaps);
        overlaps();
        if (complete) {
            shadowed(cases);
        }
        // Top to bottom, as staff read the table; issues without a cell last.
        List<TableIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparingInt(i -> order.get(i)));
        return sorted;
    }

    private void add(TableIssue issue, int line) {
        if (issues.add(issue)) {
            order.put(issue, line);
        }
    }

    private TableIssue issue(String cell, String kind, String ja, String en, String range) {
        return new TableIssue(file, table.name(), cell == null ? null : file + "!" + cell, kind, ja, en, range);
    }

    // ---------------------------------------------------------------- a row whose own cells contradict

    private void emptyRow(Row r) {
        for (int f = 0; f < fields.size(); f++) {
            Interval i = Interval.ALL;
            for (Constraint c : r.constraints().get(f)) {
                i = i.intersect(c.interval());
                if (i.isEmpty()) {
                    Field field = fields.get(f);
                    List<Constraint> cs = r.constraints().get(f);
                    String ref = r.ref(c.column());
                    add(issue(ref, TableIssue.NEVER_FIRES, Wording.emptyJa(field.label(), ref, cs),
                            Wording.emptyEn(field.name(), ref, cs), "∅"), r.line());
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- cases

    /** Every combination of named symbolic values that some rows share; false when there were too many. */
    private boolean enumerate(int p, BitSet candidates, List<String> tuple, Map<BitSet, List<List<String>>> out) {
        if (p == table.symbolic().size()) {
            out.computeIfAbsent((BitSet) candidates.clone(), k -> new ArrayList<>()).add(new ArrayList<>(tuple)); // nulls: no value named
            return out.values().stream().mapToInt(List::size).sum() < MAX_CASES;
        }
        Set<String> domain = new LinkedHashSet<>();
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            String v = live.get(r).symbolic().get(p);
            if (v != null) {
                domain.add(v);
            }
        }
        if (domain.isEmpty()) {
            domain.add(null); // every candidate is blank here: one case, no value named
        }
        for (String v : domain) {
            BitSet next = new BitSet();
            for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
                String s = live.get(r).symbolic().get(p);
                if (v == null || s == null || s.equals(v)) {
                    next.set(r);
                }
            }
            tuple.add(v);
            boolean more = enumerate(p + 1, next, tuple, out);
            tuple.remove(tuple.size() - 1);
            if (!more) {
                return false;
            }
        }
        return true;
    }

    private boolean compatible(Row a, Row b) {
        for (int p = 0; p < table.symbolic().size(); p++) {
            String x = a.symbolic().get(p);
            String y = b.symbolic().get(p);
            if (x != null && y != null && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private Context caseOf(Row a, Row b) {
        List<String> t = new ArrayList<>();
        for (int p = 0; p < table.symbolic().size(); p++) {
            String x = a.symbolic().get(p);
            t.add(x != null ? x : b.symbolic().get(p));
        }
        return describe(List.of(t));
    }

    /** The cases in words, leaving out columns every row agrees on (a constant condition, not a case). */
    private Context describe(List<List<String>> tuples) {
        List<List<String>> shown = new ArrayList<>();
        for (List<String> t : tuples) {
            List<String> u = new ArrayList<>();
            for (int p = 0; p < t.size(); p++) {
                u.add(distinguishing.get(p) ? t.get(p) : null);
            }
            if (!shown.contains(u)) {
                shown.add(u);
            }
        }
        return Wording.cases(table.symbolic(), shown);
    }

    // ---------------------------------------------------------------- gaps

    /** Uncovered pieces {@code from..to} of field {@code f} in the slice {@code combos} of the other fields. */
    private record Candidate(int f, int from, int to, BitSet rows, List<int[]> combos) {
    }

    private void gaps(BitSet rows, List<List<String>> tuples) {
        Context caseContext = describe(tuples);
        List<Candidate> candidates = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            long size = pieces.get(f).count();
            for (int g = 0; g < fields.size(); g++) {
                size *= g == f ? 1 : pieces.get(g).count();
            }
            if (size > MAX_CELLS) {
                return;
            }
            // Group the slices of the other fields by the rows that reach them: one search per group.
            Map<BitSet, List<int[]>> slices = new LinkedHashMap<>();
            int[] combo = new int[fields.size()];
            combo[f] = -1;
            do {
                BitSet s = new BitSet();
                for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
                    if (reaches(r, combo, f)) {
                        s.set(r);
                    }
                }
                slices.computeIfAbsent(s, k -> new ArrayList<>()).add(combo.clone());
            } while (next(combo, f));
            for (Map.Entry<BitSet, List<int[]>> e : slices.entrySet()) {
                boolean[] covered = new boolean[pieces.get(f).count()];
                BitSet s = e.getKey();
                for (int r = s.nextSetBit(0); r >= 0; r = s.nextSetBit(r + 1)) {
                    for (int p = spans[r][f][0]; p <= spans[r][f][1]; p++) {
                        covered[p] = true;
                    }
                }
                for (int p = 0; p < covered.length; p++) {
                    if (!covered[p]) {
                        int from = p;
                        while (p + 1 < covered.length && !covered[p + 1]) {
                            p++;
                        }
                        candidates.add(new Candidate(f, from, p, s, e.getValue()));
                    }
                }
            }
        }
        // A region no row covers shows as a gap in each field; say it in the field where it is a bounded stretch,
        // not as "no value at all" in the other field's slice.
        candidates.sort(Comparator.comparing(c -> c.from() == 0 && c.to() == pieces.get(c.f()).count() - 1));
        Set<List<Integer>> reported = new HashSet<>();
        for (Candidate c : candidates) {
            boolean fresh = false;
            for (int p = c.from(); p <= c.to(); p++) {
                for (int[] combo : c.combos()) {
                    List<Integer> key = new ArrayList<>(combo.length);
                    for (int g = 0; g < combo.length; g++) {
                        key.add(g == c.f() ? p : combo[g]);
                    }
                    fresh |= reported.add(key);
                }
            }
            if (fresh) {
                gap(c, caseContext.and(slice(c)));
            }
        }
    }

    private boolean reaches(int r, int[] combo, int except) {
        for (int g = 0; g < combo.length; g++) {
            if (g != except && (combo[g] < spans[r][g][0] || combo[g] > spans[r][g][1])) {
                return false;
            }
        }
        return true;
    }

    /** The next combination of pieces of every field but {@code except}; false after the last. */
    private boolean next(int[] combo, int except) {
        for (int g = 0; g < combo.length; g++) {
            if (g == except) {
                continue;
            }
            if (++combo[g] < pieces.get(g).count()) {
                return true;
            }
            combo[g] = 0;
        }
        return false;
    }

    /** The other fields' stretches a gap was found in, when they are not the whole line. */
    private Context slice(Candidate c) {
        Context ctx = Context.NONE;
        for (int g = 0; g < fields.size(); g++) {
            if (g == c.f()) {
                continue;
            }
            TreeSet<Integer> ps = new TreeSet<>();
            for (int[] combo : c.combos()) {
                ps.add(combo[g]);
            }
            if (ps.size() == pieces.get(g).count()) {
                continue;
            }
            List<Interval> stretches = new ArrayList<>();
            Integer from = null;
            Integer prev = null;
            for (int p : ps) {
                if (prev == null || p != prev + 1) {
                    if (from != null) {
                        stretches.add(pieces.get(g).run(from, prev));
                    }
                    from = p;
                }
                prev = p;
            }
            stretches.add(pieces.get(g).run(from, prev));
            ctx = ctx.and(Wording.within(fields.get(g).label(), fields.get(g).name(), stretches));
        }
        return ctx;
    }

    private void gap(Candidate c, Context context) {
        int f = c.f();
        Field field = fields.get(f);
        Interval gap = pieces.get(f).run(c.from(), c.to());
        List<Row> rows = new ArrayList<>();
        for (int r = c.rows().nextSetBit(0); r >= 0; r = c.rows().nextSetBit(r + 1)) {
            rows.add(live.get(r));
        }
        if (gap.isPoint()) {
            // One value left out between two rows: the comparators, not the numbers, are wrong.
            BigDecimal b = gap.lower();
            Row below = rows.stream().filter(r -> endsBefore(r.box().get(f), b)).findFirst().orElse(null);
            Row above = rows.stream().filter(r -> startsAfter(r.box().get(f), b)).findFirst().orElse(null);
            if (below != null && above != null) {
                String lo = below.upperRef(f);
                String hi = above.lowerRef(f);
                add(issue(hi, TableIssue.BOUNDARY_MIXUP, Wording.neitherJa(field.label(), context, b, lo, hi),
                        Wording.neitherEn(field.name(), context, b, lo, hi), gap.notation()), above.line());
                return;
            }
        }
        Row after = gap.upper() == null ? null : rows.stream().filter(r -> {
            Interval i = r.box().get(f);
            return i.lower() != null && i.lower().compareTo(gap.upper()) == 0 && i.lowerInclusive() != gap.upperInclusive();
        }).findFirst().orElse(null);
        Row before = gap.lower() == null ? null : rows.stream().filter(r -> {
            Interval i = r.box().get(f);
            return i.upper() != null && i.upper().compareTo(gap.lower()) == 0 && i.upperInclusive() != gap.lowerInclusive();
        }).findFirst().orElse(null);
        String ref = after != null ? after.lowerRef(f) : before != null ? before.upperRef(f) : null;
        int line = after != null ? after.line() : before != null ? before.line() : Integer.MAX_VALUE;
        add(issue(ref, TableIssue.GAP, Wording.gapJa(field.label(), context, gap, ref),
                Wording.gapEn(field.name(), context, gap, ref), gap.notation()), line);
    }

    private static boolean endsBefore(Interval i, BigDecimal b) {
        return i.upper() != null && i.upper().compareTo(b) == 0 && !i.upperInclusive();
    }

    private static boolean startsAfter(Interval i, BigDecimal b) {
        return i.lower() != null && i.lower().compareTo(b) == 0 && !i.lowerInclusive();
    }

    // ---------------------------------------------------------------- overlaps

    private void overlaps() {
        for (int x = 0; x < live.size(); x++) {
            for (int y = x + 1; y < live.size(); y++) {
                Row a = live.get(x);
                Row b = live.get(y);
                if (!compatible(a, b) || a.answer().equals(b.answer())) {
                    continue;
                }
                if (a.group() != null && a.group().equals(b.group())) {
                    continue; // one activation group: only one of them fires, which is the point of the group
                }
                List<Interval> common = new ArrayList<>();
                boolean meet = true;
                for (int f = 0; f < fields.size() && meet; f++) {
                    Interval i = a.box().get(f).intersect(b.box().get(f));
                    meet = !i.isEmpty();
                    common.add(i);
                }
                if (meet) {
                    overlap(a, b, common);
                }
            }
        }
    }

    private void overlap(Row a, Row b, List<Interval> common) {
        Context context = caseOf(a, b);
        for (int f = 0; f < fields.size(); f++) {
            Interval i = common.get(f);
            if (!i.isPoint()) {
                continue;
            }
            // Two rows meeting at one value from either side, both taking it (以下 / 以上).
            BigDecimal v = i.lower();
            Row low = meetsFromBelow(a.box().get(f), v) ? a : meetsFromBelow(b.box().get(f), v) ? b : null;
            Row high = low == null ? null : low == a ? b : a;
            if (low != null && meetsFromAbove(high.box().get(f), v)) {
                Field field = fields.get(f);
                String lo = low.upperRef(f);
                String hi = high.lowerRef(f);
                add(issue(hi, TableIssue.BOUNDARY_MIXUP, Wording.bothJa(field.label(), context, v, lo, hi),
                        Wording.bothEn(field.name(), context, v, lo, hi), i.notation()), Math.max(a.line(), b.line()));
                return;
            }
        }
        List<Integer> limited = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (!common.get(f).isAll()) {
                limited.add(f);
            }
        }
        int f0 = limited.isEmpty() ? 0 : limited.get(0);
        String refA = refIn(a, f0, common.get(f0));
        String refB = refIn(b, f0, common.get(f0));
        String ja;
        String en;
        String range;
        if (limited.size() <= 1) {
            Field field = fields.get(f0);
            ja = Wording.overlapJa(field.label(), context, common.get(f0), refA, refB);
            en = Wording.overlapEn(field.name(), context, common.get(f0), refA, refB);
            range = common.get(f0).notation();
        } else {
            Context where = Context.NONE;
            List<String> ranges = new ArrayList<>();
            for (int f : limited) {
                where = where.and(Wording.within(fields.get(f).label(), fields.get(f).name(), List.of(common.get(f))));
                ranges.add(fields.get(f).name() + " " + common.get(f).notation());
            }
            ja = Wording.overlapJa(context, where, refA, refB);
            en = Wording.overlapEn(context, where, refA, refB);
            range = String.join(" × ", ranges);
        }
        add(issue(refB, TableIssue.OVERLAP, ja, en, range), b.line());
    }

    /** The row's cell that bounds the common stretch, so the message points at what to change. */
    private static String refIn(Row r, int f, Interval common) {
        Interval own = r.box().get(f);
        if (own.lower() != null && own.sameLower(common)) {
            return r.lowerRef(f);
        }
        if (own.upper() != null && own.sameUpper(common)) {
            return r.upperRef(f);
        }
        return r.anyRef(f);
    }

    private static boolean meetsFromBelow(Interval i, BigDecimal v) {
        return i.upper() != null && i.upper().compareTo(v) == 0 && i.upperInclusive()
                && (i.lower() == null || i.lower().compareTo(v) < 0);
    }

    private static boolean meetsFromAbove(Interval i, BigDecimal v) {
        return i.lower() != null && i.lower().compareTo(v) == 0 && i.lowerInclusive()
                && (i.upper() == null || i.upper().compareTo(v) > 0);
    }

    // ---------------------------------------------------------------- rows other rows always pre-empt

    /**
     * A row of an ACTIVATION-GROUP fires only if no row of the group that goes first (higher PRIORITY; at equal
     * priority the row above, Drools' load order) matches. Without a group every matching row fires whatever its
     * priority, so only grouped rows can be shadowed.
     */
    private void shadowed(Map<BitSet, List<List<String>>> cases) {
        for (int s = 0; s < live.size(); s++) {
            Row row = live.get(s);
            if (row.group() == null || row.priority() == null) {
                continue;
            }
            BitSet first = new BitSet();
            for (int r = 0; r < live.size(); r++) {
                Row o = live.get(r);
                if (r != s && row.group().equals(o.group()) && o.priority() != null && compatible(row, o)
                        && (o.priority() > row.priority() || o.priority().equals(row.priority()) && r < s)) {
                    first.set(r);
                }
            }
            if (first.isEmpty()) {
                continue;
            }
            long size = 1;
            for (int f = 0; f < fields.size(); f++) {
                size *= spans[s][f][1] - spans[s][f][0] + 1;
            }
            if (size > MAX_CELLS) {
                continue;
            }
            Set<Integer> by = new TreeSet<>();
            boolean covered = true;
            for (Map.Entry<BitSet, List<List<String>>> e : cases.entrySet()) {
                if (!e.getKey().get(s)) {
                    continue;
                }
                BitSet pre = (BitSet) first.clone();
                pre.and(e.getKey());
                if (!coveredBy(s, pre, by)) {
                    covered = false;
                    break;
                }
            }
            if (covered) {
                String ref = row.anyRef(0);
                List<String> refs = by.stream().map(r -> live.get(r).anyRef(0)).toList();
                List<String> ranges = new ArrayList<>();
                for (int f = 0; f < fields.size(); f++) {
                    ranges.add((fields.size() > 1 ? fields.get(f).name() + " " : "") + row.box().get(f).notation());
                }
                add(issue(ref, TableIssue.NEVER_FIRES, Wording.shadowedJa(ref, row.group(), refs),
                        Wording.shadowedEn(ref, row.group(), refs), String.join(" × ", ranges)), row.line());
            }
        }
    }

    /** Whether every piece-cell of row {@code s} is reached by some row of {@code pre}; collects those rows. */
    private boolean coveredBy(int s, BitSet pre, Set<Integer> by) {
        int n = fields.size();
        int[] cell = new int[n];
        for (int f = 0; f < n; f++) {
            cell[f] = spans[s][f][0];
        }
        while (true) {
            int hit = -1;
            for (int r = pre.nextSetBit(0); r >= 0 && hit < 0; r = pre.nextSetBit(r + 1)) {
                if (reaches(r, cell, -1)) {
                    hit = r;
                }
            }
            if (hit < 0) {
                return false;
            }
            by.add(hit);
            int f = 0;
            while (f < n && ++cell[f] > spans[s][f][1]) {
                cell[f] = spans[s][f][0];
                f++;
            }
            if (f == n) {
                return true;
            }
        }
    }
}
