package jp.advisor.policy.strength;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;


import jp.advisor.policy.FixtureRunner;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;

/**
 * How strongly the fixtures pin the rules: each boundary and table cell is changed a little (see {@link DrlMutants},
 * {@link TableMutants}) and every fixture case is run against the changed set. A change that no case notices is a
 * survivor: that boundary or cell could be wrong and the fixtures would not say so.
 */
public final class StrengthCheck {

    /**
     * What became of the mutants.
     *
     * @param mutants   how many were tried
     * @param killed    how many a fixture case noticed
     * @param invalid   how many did not compile (the change is not a rule a person could write; not counted)
     * @param survivors the changes no fixture case noticed
     * @param declaredEquivalent comparisons not changed because their line says the change means the same
     */
    public record Report(int mutants, int killed, int invalid, List<Mutant> survivors, int declaredEquivalent) {

        public boolean strong() {
            return survivors.isEmpty();
        }
    }

    private final RuleSetLoader loader = new RuleSetLoader();

    /** Runs every mutant of {@code files} against the cases under {@code fixtures}. */
    public Report run(Map<String, byte[]> files, Path fixtures) {
        return run(files, fixtures, mutant -> true);
    }

    /**
     * Runs the mutants {@code which} accepts (those of the file being edited, say) against every case: a change in
     * one file can show in another file's cells. One mutant at a time: the engine's builds do not run side by side.
     */
    public Report run(Map<String, byte[]> files, Path fixtures, Predicate<Mutant> which) {
        Map<String, byte[]> set = new TreeMap<>();
        files.forEach((name, content) -> {
            if (RuleSetLoader.isRuleFile(name)) {
                set.put(name, content); // a folder's README is not part of the set
            }
        });
        List<Mutant> mutants = mutants(set).stream().filter(which).toList();
        Map<String, byte[]> chosen = new TreeMap<>();
        mutants.forEach(m -> chosen.put(m.file(), set.get(m.file())));
        List<Outcome> outcomes = mutants.stream().map(m -> outcome(set, m, fixtures)).toList();
        List<Mutant> survivors = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            if (outcomes.get(i) == Outcome.SURVIVED) {
                survivors.add(mutants.get(i));
            }
        }
        int equivalent = chosen.entrySet().stream().filter(e -> e.getKey().toLowerCase(java.util.Locale.ROOT).endsWith(".drl"))
                .mapToInt(e -> DrlMutants.declaredEquivalent(e.getValue())).sum();
        return new Report(mutants.size(), (int) outcomes.stream().filter(o -> o == Outcome.KILLED).count(),
                (int) outcomes.stream().filter(o -> o == Outcome.INVALID).count(), List.copyOf(survivors), equivalent);
    }

    private enum Outcome { KILLED, SURVIVED, INVALID }

    private Outcome outcome(Map<String, byte[]> files, Mutant mutant, Path fixtures) {
        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put(mutant.file(), mutant.content());
        FixtureRunner runner;
        try {
            runner = new FixtureRunner(loader.compile(changed, null));
        } catch (RuleSetException notARule) {
            return Outcome.INVALID;
        }
        try {
            for (Path c : FixtureRunner.cases(fixtures)) {
                if (!runner.run(fixtures, c).passed()) {
                    return Outcome.KILLED; // one case noticing is enough
                }
            }
            return Outcome.SURVIVED;
        } catch (RuntimeException thrown) {
            return Outcome.KILLED; // a case that throws is a case that notices
        }
    }

    static List<Mutant> mutants(Map<String, byte[]> files) {
        List<Mutant> mutants = new ArrayList<>();
        files.forEach((name, content) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".drl")) {
                mutants.addAll(DrlMutants.of(name, content));
            } else if (lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx")) {
                mutants.addAll(TableMutants.of(name, content));
            }
        });
        return mutants;
    }
}
