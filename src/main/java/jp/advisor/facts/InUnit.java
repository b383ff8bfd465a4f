package jp.advisor.facts;

/**
 * A reading with a unit that can be restated in another unit the units table counts alike (名 as 人): a value, a
 * target or a withdrawal criterion.
 *
 * @param <T> the reading's own type
 */
public interface InUnit<T extends InUnit<T>> {

    boolean readable();

    /** The unit as read ("" for a bare number); meaningful only when {@link #readable()}. */
    String unit();

    /** The same reading in {@code compareUnit}. */
    T inUnit(String compareUnit);
}
