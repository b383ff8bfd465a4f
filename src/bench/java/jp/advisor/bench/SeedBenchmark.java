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
import jp.advisor.reading.BenchReadings;
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
 * <li>first seen: {@code seedEndToEndFirstSeen} and {@code seedFactsOnlyFirstSeen} are {@code seedEndToEnd} and
 *     {@code seedFactsOnly} on a sheet whose sentences the reading caches have never seen. The seed evaluated again
 *     and again is otherwise read once and then served from {@code JapaneseReader}'s caches, which hides the
 *     reading's cost; a never-seen sheet (a new ward, a new year) pays it in full. Before each invocation
 *     {@link FreshReadings} empties the caches; SampleTime does not time {@code @Setup(Level.Invocation)}, and at
 *     milliseconds an invocation the harness's own cost of the per-invocation setup is negligible. Within the
 *     invocation the caches work as in the service, so a sentence the sheet repeats is read once.</li>
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

    /** Empties the reading caches before each invocation: the sheet is read as if never seen. */
    @State(Scope.Thread)
    public static class FreshReadings {
        @Setup(Level.Invocation)
        public void forget() {
            BenchReadings.forget();
        }
    }

    @Benchmark
    public Evaluation seedEndToEndFirstSeen(FreshReadings fresh) {
        return evaluator.evaluate(reader.read(seed, "seed"));
    }

    @Benchmark
    public List<Object> seedFactsOnlyFirstSeen(FreshReadings fresh) {
        return BenchFacts.of(read);
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
