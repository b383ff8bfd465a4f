package jp.advisor.rules;

import java.nio.file.Path;
import java.util.List;

import org.kie.api.KieBase;

/**
 * A compiled set of rule files.
 *
 * @param version   "sha256:" + hash of the rule files' names and content: names the judging criteria used
 * @param directory the folder the files were read from
 * @param files     the rule files, relative to the folder, in the order they were compiled
 */
public record RuleSet(KieBase kieBase, String version, Path directory, List<String> files) {
}
