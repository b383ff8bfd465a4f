package jp.advisor.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in a submission as CONTRACT.md writes it — {@code strategies/7-1}, {@code strategies/7-1/outcomes/0},
 * {@code strategies/7-1/overall}, {@code strategies/7-1/initiatives/7-1-1/withdrawal} — formatted and parsed here
 * only. Ids never contain "/" (the submission reader refuses them), so each segment is a whole id.
 *
 * @param strategyId   the strategy
 * @param outcomeIndex the outcome indicator, null when the place is not an outcome's
 * @param initiativeId the initiative, null when the place is not an initiative's
 * @param field        what follows: a cell's segment ({@code overall}, {@code withdrawal}) or another field
 *                     ({@code performanceTarget}); null for the strategy, outcome or initiative itself
 */
public record CellLocation(String strategyId, Integer outcomeIndex, String initiativeId, String field) {

    private static final String STRATEGIES = "strategies/";
    private static final String OUTCOMES = "outcomes/";
    private static final String INITIATIVES = "initiatives/";

    public static CellLocation ofStrategy(String strategyId) {
        return new CellLocation(strategyId, null, null, null);
    }

    public static CellLocation ofOutcome(String strategyId, int index) {
        return new CellLocation(strategyId, index, null, null);
    }

    public static CellLocation ofInitiative(String strategyId, String initiativeId) {
        return new CellLocation(strategyId, null, initiativeId, null);
    }

    /** A rating cell's place: the outcome's for {@link Cell.Level#OUTCOME}, else the cell's segment under its owner. */
    public static CellLocation of(Cell cell, String strategyId, String initiativeId, Integer outcomeIndex) {
        return switch (cell.level()) {
            case OUTCOME -> ofOutcome(strategyId, outcomeIndex);
            case STRATEGY -> new CellLocation(strategyId, null, null, cell.segment());
            case INITIATIVE -> new CellLocation(strategyId, null, initiativeId, cell.segment());
        };
    }

    /** The same place with a field after it, e.g. an initiative's {@code performanceTarget}. */
    public CellLocation with(String field) {
        return new CellLocation(strategyId, outcomeIndex, initiativeId, field);
    }

    /** The rating cell this place is, if it is one. */
    public Optional<Cell> cell() {
        if (outcomeIndex != null) {
            return field == null ? Optional.of(Cell.OUTCOME) : Optional.empty();
        }
        if (field == null) {
            return Optional.empty();
        }
        return Cell.at(initiativeId != null ? Cell.Level.INITIATIVE : Cell.Level.STRATEGY, field);
    }

    public String format() {
        StringBuilder path = new StringBuilder(STRATEGIES).append(strategyId);
        if (outcomeIndex != null) {
            path.append('/').append(OUTCOMES).append(outcomeIndex);
        } else if (initiativeId != null) {
            path.append('/').append(INITIATIVES).append(initiativeId);
        }
        if (field != null) {
            path.append('/').append(field);
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    // Written out: the layout looks every rating cell up by place, and the record's generated methods (method-handle
    // chains) were a twentieth of an evaluation's time there.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CellLocation other && Objects.equals(strategyId, other.strategyId)
                && Objects.equals(outcomeIndex, other.outcomeIndex) && Objects.equals(initiativeId, other.initiativeId)
                && Objects.equals(field, other.field);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(strategyId);
        h = 31 * h + Objects.hashCode(outcomeIndex);
        h = 31 * h + Objects.hashCode(initiativeId);
        return 31 * h + Objects.hashCode(field);
    }

    /** The place a location names; empty when it is not under a strategy or its shape is not one of the above. */
    public static Optional<CellLocation> parse(String location) {
        if (location == null || !location.startsWith(STRATEGIES)) {
            return Optional.empty();
        }
        String[] parts = location.substring(STRATEGIES.length()).split("/", -1);
        if (parts[0].isEmpty()) {
            return Optional.empty();
        }
        String strategy = parts[0];
        if (parts.length == 1) {
            return Optional.of(ofStrategy(strategy));
        }
        if (parts.length >= 3 && (parts[1] + "/").equals(OUTCOMES)) {
            Integer index = index(parts[2]);
            return index == null || parts.length > 4 ? Optional.empty()
                    : Optional.of(new CellLocation(strategy, index, null, parts.length == 4 ? nonEmpty(parts[3]) : null))
                            .filter(l -> parts.length == 3 || l.field != null);
        }
        if (parts.length >= 3 && (parts[1] + "/").equals(INITIATIVES) && !parts[2].isEmpty()) {
            return parts.length > 4 ? Optional.empty()
                    : Optional.of(new CellLocation(strategy, null, parts[2], parts.length == 4 ? nonEmpty(parts[3]) : null))
                            .filter(l -> parts.length == 3 || l.field != null);
        }
        return parts.length == 2 && !parts[1].isEmpty() ? Optional.of(new CellLocation(strategy, null, null, parts[1]))
                : Optional.empty();
    }

    /** The strategy id of a location, empty when the location is not under a strategy. */
    public static String strategyIdOf(String location) {
        if (location == null || !location.startsWith(STRATEGIES)) {
            return "";
        }
        String rest = location.substring(STRATEGIES.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static Integer index(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static String nonEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
