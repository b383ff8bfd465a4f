package jp.advisor.facts;

import java.util.Map;

/**
 * Something a reviewer should see: a self-assessment that contradicts its own numbers, another cell or
 * the other sheet. Inserted by the review rules.
 *
 * @param code     upper-case code naming the kind of contradiction (OVERALL_A_WITH_INDIVIDUAL_B …)
 * @param severity "error" (contradicts its own numbers), "warning" (cells or sheets disagree), "info"
 * @param location the cell, as CONTRACT.md writes locations
 * @param cells    the cells and numbers the finding compares, quoted as the sheet has them
 */
public record Finding(String code, String severity, String location, String strategyId,
                      String ja, String en, Map<String, String> cells) {

    public Finding {
        cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    }
}
