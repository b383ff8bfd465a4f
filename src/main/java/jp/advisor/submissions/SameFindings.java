package jp.advisor.submissions;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * When two evaluations of one organisation's year have "the same finding": the same code at the same location, matched
 * in order when a code is repeated at one location. A reviewer's decision follows a finding by this, into the ward's
 * next revision and into the year's review report.
 */
public final class SameFindings {

    private SameFindings() {
    }

    /**
     * For each of {@code findings} (by its index) that {@code earlier} also has, that earlier one; each earlier one is
     * matched once at most.
     */
    public static <F, E> Map<Integer, E> match(List<F> findings, Function<F, String> code, Function<F, String> location,
                                               Collection<E> earlier, Function<E, String> earlierCode,
                                               Function<E, String> earlierLocation) {
        Map<List<String>, Deque<E>> byKey = new HashMap<>();
        earlier.forEach(e -> byKey.computeIfAbsent(key(earlierCode.apply(e), earlierLocation.apply(e)),
                k -> new ArrayDeque<>()).add(e));
        Map<Integer, E> matched = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Deque<E> same = byKey.get(key(code.apply(findings.get(i)), location.apply(findings.get(i))));
            E match = same == null ? null : same.poll();
            if (match != null) {
                matched.put(i, match);
            }
        }
        return matched;
    }

    private static List<String> key(String code, String location) {
        return List.of(Objects.toString(code, ""), Objects.toString(location, ""));
    }
}
