package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The real line cut at every end any row of one field uses: piece 0 is (-∞, c0), piece 1 the point c0, piece 2
 * (c0, c1), … Every row's interval is then a contiguous run of pieces, so coverage is counted on a few integers
 * instead of on the reals.
 */
final class Pieces {

    private final List<BigDecimal> cuts;

    Pieces(Collection<Interval> intervals) {
        TreeSet<BigDecimal> set = new TreeSet<>(); // compareTo: 50 and 50.0 are one cut
        for (Interval i : intervals) {
            if (i.isEmpty()) {
                continue;
            }
            if (i.lower() != null) {
                set.add(i.lower());
            }
            if (i.upper() != null) {
                set.add(i.upper());
            }
        }
        cuts = new ArrayList<>(set);
    }

    int count() {
        return 2 * cuts.size() + 1;
    }

    /** The first and last piece the interval covers, or null when it covers none. Its ends must be cuts. */
    int[] span(Interval i) {
        if (i.isEmpty()) {
            return null;
        }
        int lo = i.lower() == null ? 0 : 2 * index(i.lower()) + (i.lowerInclusive() ? 1 : 2);
        int hi = i.upper() == null ? count() - 1 : 2 * index(i.upper()) + (i.upperInclusive() ? 1 : 0);
        return lo <= hi ? new int[] {lo, hi} : null;
    }

    /** The values of pieces {@code from} to {@code to} together. */
    Interval run(int from, int to) {
        BigDecimal lo;
        boolean loIn;
        if (from % 2 == 1) {
            lo = cuts.get(from / 2);
            loIn = true;
        } else {
            lo = from == 0 ? null : cuts.get(from / 2 - 1);
            loIn = false;
        }
        BigDecimal hi;
        boolean hiIn;
        if (to % 2 == 1) {
            hi = cuts.get(to / 2);
            hiIn = true;
        } else {
            hi = to / 2 == cuts.size() ? null : cuts.get(to / 2);
            hiIn = false;
        }
        return new Interval(lo, loIn, hi, hiIn);
    }

    private int index(BigDecimal v) {
        int k = Collections.binarySearch(cuts, v);
        if (k < 0) {
            throw new IllegalStateException("not a cut: " + v);
        }
        return k;
    }
}
