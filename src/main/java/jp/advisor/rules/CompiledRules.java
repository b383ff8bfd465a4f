package jp.advisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build compiled them, so that a start on them need not compile them again (3–4 s of CPU in
 * a cold JVM, docs/benchmarks.md). {@code mvn package} runs {@link #main} on {@code rules/} and puts the engine's
 * compiled packages (Drools' own serialisation) in the jar as {@value #RESOURCE}, with the version of the files they
 * came from and the names of their rules. A start whose files are exactly those (same names, same bytes: the version
 * says so) reads them instead of compiling; anything else — another folder, a published set, an unreadable or stale
 * file — is compiled as always. Only the jar's own resource is read: a file the build made, trusted as the code is;
 * never a file from the data folder, which would let a compiled rule past the rule-language guard.
 */
final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

    static final String RESOURCE = BundledRules.FOLDER + "compiled.bin";

    /** Changes whenever what is written changes, so that a file of another layout is not misread. */
    private static final String FORMAT = "advisor-compiled-rules/1";

    private CompiledRules() {
    }

    /** Writes the engine's packages of {@code set}, headed by the set's version and its rule names. */
    static void write(RuleSet set, OutputStream out) throws IOException {
        try (ObjectOutputStream o = new DroolsObjectOutputStream(out)) {
            o.writeUTF(FORMAT);
            o.writeUTF(set.version());
            o.writeObject(new ArrayList<>(ruleNames(set.kieBase())));
            o.writeObject(new ArrayList<>(set.kieBase().getKiePackages()));
        }
    }

    /**
     * The engine's base written for the set of version {@code version}; empty when the file is of another version
     * or layout, or cannot be read back into a base with the very rules it names.
     */
    static Optional<KieBase> read(InputStream in, String version) {
        try (ObjectInputStream o = new DroolsObjectInputStream(in)) {
            if (!FORMAT.equals(o.readUTF()) || !version.equals(o.readUTF())) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) o.readObject();
            @SuppressWarnings("unchecked")
            List<InternalKnowledgePackage> packages = (List<InternalKnowledgePackage>) o.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            if (!ruleNames(base).equals(names)) {
                LOG.warn("コンパイル済みルールの規則が一致しません。コンパイルし直します / the compiled rules do not hold the"
                        + " rules they name; compiling instead");
                return Optional.empty();
            }
            return Optional.of(base);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("コンパイル済みルールを読めません。コンパイルし直します / cannot read the compiled rules; compiling"
                    + " instead: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The set of {@code files} (read from {@code directory}, null for the jar's): read as the build compiled it when
     * they are exactly the bundled files, else compiled.
     */
    static RuleSet readOrCompile(Map<String, byte[]> files, Path directory) {
        return bundled(files, directory).orElseGet(() -> new RuleSetLoader().compile(files, directory));
    }

    /**
     * The set of {@code files} (read from {@code directory}, null for the jar's) made from the jar's compiled bundled
     * rules, every check of a compile made; empty when the files are not exactly the bundled ones.
     */
    static Optional<RuleSet> bundled(Map<String, byte[]> files, Path directory) {
        return bundled(files, directory, CompiledRules.class.getClassLoader());
    }

    static Optional<RuleSet> bundled(Map<String, byte[]> files, Path directory, ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty(); // a build without `package` (tests, spring-boot:run)
            }
            Optional<KieBase> base = read(in, RuleSetLoader.versionOf(files));
            return base.map(b -> new RuleSetLoader().compile(files, directory, checked -> b));
        } catch (IOException | RuleSetException e) {
            return Optional.empty();
        }
    }

    /** Sorted "package.rule" names: what a base holds, to compare one read back with the one written. */
    private static List<String> ruleNames(KieBase base) {
        TreeSet<String> names = new TreeSet<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(p.getName() + "." + r.getName());
            }
        }
        return List.copyOf(names);
    }

    /** The build's step ({@code pom.xml}, prepare-package): {@code CompiledRules <rules folder> <file to write>}. */
    public static void main(String[] args) throws IOException {
        RuleSet set = new RuleSetLoader().load(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(set, o);
        }
        System.out.println(out + ": " + set.version() + ", " + ruleNames(set.kieBase()).size() + " rules");
    }
}
