package jp.advisor.policy.whatif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What publishing the candidate rules would change.
 *
 * @param currentVersion   the current rule set's version ("sha256:…")
 * @param currentPolicy    the judging policy the current rules choose (null when no evaluation could tell)
 * @param submissions      how many submissions were given (compared ones and failures)
 * @param changes          every judgement that differs, by submission in the order given, then in sheet order
 * @param countsByCellType changes per cell type, every type of {@link WhatIf#CELL_TYPES} in that order (0 included)
 * @param failures         「source: message」 for each submission that could not be evaluated under either rule set
 */
public record WhatIfReport(String currentVersion, String candidateVersion, String currentPolicy, String candidatePolicy,
                           int submissions, List<Change> changes, Map<String, Integer> countsByCellType,
                           List<String> failures) {

    public WhatIfReport {
        changes = changes == null ? List.of() : List.copyOf(changes);
        failures = failures == null ? List.of() : List.copyOf(failures);
        // Keep the fixed order: Map.copyOf would not.
        countsByCellType = Collections.unmodifiableMap(
                new LinkedHashMap<>(countsByCellType == null ? Map.of() : countsByCellType));
    }
}
