package jp.advisor.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a rule set comes from: a folder named explicitly, else a usual folder when it exists, else the set
 * bundled in the jar. The fallback lets the jar work from any folder; a folder that exists is always used,
 * broken or not, so a mistake in it is reported rather than silently replaced.
 *
 * @param folder  the folder to read; for the bundled set, the folder looked for and not found
 * @param bundled true when the set inside the jar is used
 */
public record RuleSource(Path folder, boolean bundled) {

    public RuleSource {
        Objects.requireNonNull(folder);
    }

    /** A folder named explicitly (--rules, a check argument): used as given, an error when missing. */
    public static RuleSource folder(Path folder) {
        return new RuleSource(folder, false);
    }

    /** The folder when it exists, else the bundled set. */
    public static RuleSource folderOrBundled(Path folder) {
        return new RuleSource(folder, !Files.isDirectory(folder));
    }

    /** The set, read as the build compiled it when its files are exactly the bundled ones ({@link CompiledRules}). */
    public RuleSet load() {
        Map<String, byte[]> files = files();
        Path directory = bundled ? null : folder.toAbsolutePath().normalize();
        return CompiledRules.readOrCompile(files, directory);
    }

    /** The rule files by name, read but not compiled (a problem reading them is a {@link RuleSetException}). */
    public Map<String, byte[]> files() {
        return bundled ? new BundledRules().sources() : new RuleSetLoader().read(folder);
    }

    /** One line for standard error or the log: which set is used, and why the bundled one. */
    public String describe() {
        Path shown = folder.toAbsolutePath().normalize();
        return bundled
                ? "ルール: フォルダ " + shown + " がないため、同梱のルールセット（jar 内）を使用"
                        + " / rules: no folder " + shown + ", using the bundled rule set inside the jar"
                : "ルール: フォルダ " + shown + " を使用 / rules: using the folder " + shown;
    }
}
