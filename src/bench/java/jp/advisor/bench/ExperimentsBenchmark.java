package jp.advisor.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
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
 *     start-up (src/bench/startup-variants.sh): what it costs once the service runs.</li>
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
}
