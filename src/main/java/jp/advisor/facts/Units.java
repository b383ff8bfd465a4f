package jp.advisor.facts;

import java.util.Map;
import java.util.Set;

/**
 * Which units count the same thing (名 and 人, 戸 and 世帯, 度 and 回), from the policy staff's table
 * {@code rules/units.csv}. A unit the table does not list compares only with itself.
 *
 * @param compareAs a unit as read → the unit it is compared as
 * @param counting  the units (as compared) that count things, which a bare number (「1,500以上」) may stand for
 */
public record Units(Map<String, String> compareAs, Set<String> counting) {

    public static final Units NONE = new Units(Map.of(), Set.of());

    public Units {
        compareAs = Map.copyOf(compareAs);
        counting = Set.copyOf(counting);
    }

    public String comparedAs(String unit) {
        return unit == null ? null : compareAs.getOrDefault(unit, unit);
    }

    /**
     * The unit a threshold in {@code unit} is compared in against a value in {@code valueUnit}: the value's own unit
     * when the table counts the two alike, or when one side is a bare number and the other a counting unit; null when
     * they cannot be compared.
     */
    public String alignedTo(String unit, String valueUnit) {
        if (unit == null || valueUnit == null) {
            return null;
        }
        String a = comparedAs(unit);
        String b = comparedAs(valueUnit);
        if (a.equals(b)) {
            return valueUnit;
        }
        boolean bareAgainstCount = a.isEmpty() && counting.contains(b) || b.isEmpty() && counting.contains(a);
        return bareAgainstCount ? valueUnit : null;
    }
}
