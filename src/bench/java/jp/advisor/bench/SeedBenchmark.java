package jp.advisor.bench;

import java.util.List;
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

import jp.advisor.evaluation.BenchFacts;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * One seed-size submission (the seed itself: 19 strategies, 20 initiatives), in process, one thread. SampleTime
 * gives the median (p0.50) and p0.99.
 * <ul>
 * <li>{@code seedEndToEnd}: UTF-8 bytes → read and check → every suggestion and the review's findings, the
 *     bundled rules (what {@code POST /api/evaluations} does between the body and the JSON answer);</li>
 * <li>its parts, to see what bounds it: {@code seedReadOnly} (JSON reading and checking),
 *     {@code seedFactsOnly} (reading the sheets' Japanese text into facts: values, targets, deadlines, criteria),
 *     {@code seedRulesOnly} (facts + engine + layout, the submission read beforehand),
 *     {@code seedSuggestionsOnly} (the same without the review rules).</li>
 * </ul>
 * {@link ExperimentsBenchmark} has what was tried besides (not in the default run).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SeedBenchmark {

    private byte[] seed;
    private Submission read;
    private Evaluator evaluator;
    private Evaluator suggestionsOnly;
    private final SubmissionReader reader = new SubmissionReader();

    @Setup(Level.Trial)
    public void setUp() {
        seed = CorpusGenerator.seedBytes();
        RuleSet rules = BenchRules.compile(BenchRules.bundled());
        evaluator = new Evaluator(() -> rules);
        RuleSet suggestions = BenchRules.compile(BenchRules.suggestionsOnly());
        suggestionsOnly = new Evaluator(() -> suggestions);
        read = reader.read(seed, "seed");
        if (evaluator.evaluate(read).findings().isEmpty()) {
            throw new IllegalStateException("the seed gave no findings: are the review rules in the set?");
        }
    }

    @Benchmark
    public Evaluation seedEndToEnd() {
        return evaluator.evaluate(reader.read(seed, "seed"));
    }

    @Benchmark
    public Submission seedReadOnly() {
        return reader.read(seed, "seed");
    }

    @Benchmark
    public List<Object> seedFactsOnly() {
        return BenchFacts.of(read);
    }

    @Benchmark
    public Evaluation seedRulesOnly() {
        return evaluator.evaluate(read);
    }

    @Benchmark
    public Evaluation seedSuggestionsOnly() {
        return suggestionsOnly.evaluate(read);
    }
}
