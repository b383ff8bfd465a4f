package jp.advisor.rules;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.advisor.bench.CorpusGenerator;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * Whether the bundled set as the build wrote it ({@code bundled-rules/compiled.bin}, what a start reads) judges as fast
 * as the same files compiled: passes over the 1× corpus on one thread, alternating the two, printed per round.
 * <pre>
 * mvn -P bench -DskipTests package test-compile exec:exec -Dbench.main=jp.advisor.rules.CompiledRulesRun -Djmh.args=30
 * </pre>
 */
public final class CompiledRulesRun {

    private CompiledRulesRun() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SubmissionReader reader = new SubmissionReader();
        List<Submission> corpus = new CorpusGenerator().generate(1).stream().map(i -> reader.read(i.json(), i.name()))
                .toList();
        RuleSetLoader loader = new RuleSetLoader();
        Map<String, byte[]> files = loader.read(Path.of("rules"));
        RuleSet compiled = loader.compile(files, null);
        RuleSet readBack;
        // What a start does with the jar's resource, here from the build's classes (the bench build has none of its own).
        try (URLClassLoader build = new URLClassLoader(new URL[] {Path.of("target/classes").toUri().toURL()}, null)) {
            readBack = CompiledRules.bundled(files, null, build).orElseThrow(() -> new IllegalStateException(
                    "target/classes/" + CompiledRules.RESOURCE + " is missing or not of rules/ as it is now: run mvn package first"));
        }
        Evaluator fromFiles = new Evaluator(() -> compiled);
        Evaluator fromJar = new Evaluator(() -> readBack);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            corpus.forEach(fromFiles::evaluate);
            long middle = System.nanoTime();
            corpus.forEach(fromJar::evaluate);
            long end = System.nanoTime();
            System.out.printf("round %d: compiled %d ms, read back %d ms%n", round, (middle - start) / 1_000_000,
                    (end - middle) / 1_000_000);
        }
    }
}
