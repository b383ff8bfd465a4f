package jp.advisor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * What was tried against the seed target, kept runnable but out of the default run (the documented command
 * excludes this class): {@code -Djmh.args="ExperimentsBenchmark"}.
 * <ul>
 * <li>{@code suggestionsInterpreted} / {@code suggestionsExecutableModel}: the rules without the review built the
 *     application's way (interpreted) and as Drools' executable model. The whole bundled set does not build as an
 *     executable model: the model compiler turns {@code target.unit == "件"} on the record facts into
 *     {@code return _this.target();} (review-sheets.drl), so only the suggestion rules are compared;</li>
 * <li>{@code seedEndToEndParallelGC}: the seed end to end with the throughput collector instead of G1;</li>
 * <li>{@code seedEndToEndC1Only}: the same with {@code -XX:TieredStopAtLevel=1}, the option that shortens the
 *     start-up (src/bench/startup-variants.sh): what it costs once the service runs;</li>
 * <li>{@code whatIfTwoThreads}: the what-if of {@link WhatIfBenchmark} with the corpus split in two halves by
 *     organisation (so each organisation's previous year stays with it), each half compared on its own thread:
 *     what the what-if would take if {@link WhatIf#compare} used both cores.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ExperimentsBenchmark {

    private byte[] seed;
    private Submission read;
    private Evaluator evaluator;
    private final SubmissionReader reader = new SubmissionReader();
    private List<List<NamedSubmission>> halves;
    private RuleSet current;
    private RuleSet candidate;
    private ExecutorService twoThreads;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        seed = CorpusGenerator.seedBytes();
        read = reader.read(seed, "seed");
        String benchmark = params.getBenchmark();
        RuleSet rules;
        if (benchmark.endsWith("suggestionsExecutableModel")) {
            rules = BenchRules.compileExecutableModel(BenchRules.suggestionsOnly());
            RuleSet interpreted = BenchRules.compile(BenchRules.suggestionsOnly());
            System.out.printf("%n[executable model] same judgements on the seed as the interpreted build: %s%n",
                    Judgements.of(new Evaluator(() -> rules).evaluate(read))
                            .equals(Judgements.of(new Evaluator(() -> interpreted).evaluate(read))));
        } else if (benchmark.endsWith("suggestionsInterpreted")) {
            rules = BenchRules.compile(BenchRules.suggestionsOnly());
        } else {
            rules = BenchRules.compile(BenchRules.bundled());
        }
        evaluator = new Evaluator(() -> rules);
        if (benchmark.endsWith("whatIfTwoThreads")) {
            List<NamedSubmission> corpus = new CorpusGenerator().generate(1).stream()
                    .map(i -> new NamedSubmission(i.name(), reader.read(i.json(), i.name()))).toList();
            int half = corpus.size() / 2; // 12 organisations × 10 years each: no organisation is split
            halves = List.of(corpus.subList(0, half), corpus.subList(half, corpus.size()));
            current = rules;
            candidate = BenchRules.compile(BenchRules.targetReached());
            twoThreads = Executors.newFixedThreadPool(2);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (twoThreads != null) {
            twoThreads.shutdown();
        }
    }

    @Benchmark
    public Evaluation suggestionsInterpreted() {
        return evaluator.evaluate(read);
    }

    @Benchmark
    public Evaluation suggestionsExecutableModel() {
        return evaluator.evaluate(read);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
    public Evaluation seedEndToEndParallelGC() {
        return evaluator.evaluate(reader.read(seed, "seed"));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g", "-XX:TieredStopAtLevel=1"})
    public Evaluation seedEndToEndC1Only() {
        return evaluator.evaluate(reader.read(seed, "seed"));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g"})
    public int whatIfTwoThreads() throws Exception {
        WhatIf whatIf = new WhatIf();
        List<Future<WhatIfReport>> parts = new ArrayList<>();
        for (List<NamedSubmission> half : halves) {
            parts.add(twoThreads.submit(() -> whatIf.compare(current, candidate, half)));
        }
        int changes = 0;
        for (Future<WhatIfReport> part : parts) {
            changes += part.get().changes().size();
        }
        return changes;
    }
}
