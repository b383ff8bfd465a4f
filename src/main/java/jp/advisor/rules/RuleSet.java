package jp.advisor.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

import jp.advisor.facts.Units;

/**
 * A compiled set of rule files.
 *
 * @param version   "sha256:" + hash of the rule files' names and content: names the judging criteria used
 * @param directory the folder the files were read from, null for a set handed in as files (a candidate)
 * @param files     the rule files, relative to the folder, in the order they were compiled
 * @param sources   each file's bytes as compiled, to store, publish or compare the set
 * @param units     the counters that count alike, from the set's {@code units.csv} (none when it has no such table)
 */
public record RuleSet(KieBase kieBase, String version, Path directory, List<String> files, Map<String, byte[]> sources,
                      Units units) {

    public RuleSet(KieBase kieBase, String version, Path directory, List<String> files, Map<String, byte[]> sources) {
        this(kieBase, version, directory, files, sources, Units.NONE);
    }
}
