package jp.advisor.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule set carried inside the jar: the build copies the project's {@code rules/} folder to the
 * classpath as {@code bundled-rules/} and lists its files in {@code bundled-rules/index.txt} (pom.xml). It
 * is read through the index because a class loader cannot reliably list a folder inside a Spring Boot fat
 * jar, but can always read a file by name. Compiled by {@link RuleSetLoader} exactly as the folder would be,
 * so the bundled set has the same version as the {@code rules/} folder it was built from.
 */
public final class BundledRules {

    static final String FOLDER = "bundled-rules/";
    static final String INDEX = FOLDER + "index.txt";

    private final ClassLoader classLoader;

    public BundledRules() {
        this(BundledRules.class.getClassLoader());
    }

    BundledRules(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
    }

    /** Compiles the bundled files; a missing index or file is a build fault, reported as a located problem. */
    public RuleSet load() {
        return new RuleSetLoader().compile(sources(), null);
    }

    /** The bundled files by name (relative to the rules folder), in the index's order. */
    public Map<String, byte[]> sources() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : files()) {
            try (InputStream in = classLoader.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw missing(FOLDER + name, "同梱のルールファイルが jar にありません（索引にはあります）"
                            + " / a bundled rule file named in the index is missing from the jar");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FOLDER + name, e);
            }
        }
        return files;
    }

    /** The file names the build listed in the index. */
    public List<String> files() {
        try (InputStream in = classLoader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw missing(INDEX, "同梱のルールの索引がありません。mvn package で作り直してください"
                        + " / the bundled rules' index is missing: rebuild with mvn package");
            }
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            if (names.isEmpty()) {
                throw missing(INDEX, "同梱のルールの索引にファイルが1つもありません / the bundled rules' index lists no files");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    private static RuleSetException missing(String where, String message) {
        return new RuleSetException(List.of(new RuleProblem(where, null, message)));
    }
}
