package jp.advisor.rules;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The rule set the service judges with now. Swapped whole and at once on publish or rollback: an
 * evaluation takes the set once at its start and finishes on it, whatever is published meanwhile.
 */
public final class ActiveRules implements Supplier<RuleSet> {

    private final AtomicReference<RuleSet> current;

    public ActiveRules(RuleSet initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    @Override
    public RuleSet get() {
        return current.get();
    }

    /** Makes a compiled set the one in use; returns the one it replaces. */
    public RuleSet activate(RuleSet next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }
}
