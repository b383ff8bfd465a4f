package jp.advisor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import jp.advisor.bench.CorpusGenerator.Item;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;

/**
 * Batch throughput over the generated corpus ({@code scale} × 24 organisations × 10 years, 20 initiatives per
 * submission), end to end: read + rules + review with the previous year, on {@code threads} threads (2 = both cores
 * of the reference machine). The primary score is corpus passes per second; {@code batch:initiatives} and
 * {@code batch:submissions} are the same work as initiatives and submissions per second. {@code scale} 1, 2, 5, 10
 * shows how the cost grows with the corpus. A one-thread run: {@code -p threads=1 -p scale=1}.
 * {@link #baseline} is the same pass (read, then judge) through {@link PlainJavaAdvisor} on the same pool: the
 * ceiling of the hand-coded policy, which judges the suggestions only (no review rules, findings or explanations).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class BatchBenchmark {

    @Param({"1", "2", "5", "10"})
    public int scale;

    @Param({"2"})
    public int threads;

    /** Untimed passes over the first 240 submissions before JMH's warm-up: on 2 cores the JIT competes with the run. */
    static final double WARM_UP_SECONDS = 20;

    private CorpusRun run;

    /** Rates of the work units of a pass, reported beside the passes per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Work {
        public long initiatives;
        public long submissions;

        @Setup(Level.Iteration)
        public void reset() {
            initiatives = 0;
            submissions = 0;
        }
    }

    private final PlainJavaAdvisor plainJava = new PlainJavaAdvisor();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        List<Item> corpus = new CorpusGenerator().generate(scale);
        RuleSet rules = BenchRules.compile(BenchRules.bundled());
        Evaluator evaluator = new Evaluator(() -> rules);
        // Warm up the path this benchmark times.
        boolean baseline = params.getBenchmark().endsWith(".baseline");
        try (CorpusRun warm = new CorpusRun(corpus.subList(0, 240), evaluator, threads)) {
            System.out.printf("%n[corpus] the first 240 submissions give %d findings%n", warm.pass());
            CorpusRun.warmUp(() -> {
                try {
                    if (baseline) {
                        warm.baselinePass(plainJava);
                    } else {
                        warm.pass();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, WARM_UP_SECONDS);
        }
        run = new CorpusRun(corpus, evaluator, threads);
        System.out.printf("[corpus] %d submissions, %d initiatives%n", run.submissions(), run.initiatives());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        run.close();
    }

    @Benchmark
    public int batch(Work work) throws Exception {
        int findings = run.pass();
        work.initiatives += run.initiatives();
        work.submissions += run.submissions();
        return findings;
    }

    @Benchmark
    public int baseline(Work work) throws Exception {
        int cells = run.baselinePass(plainJava);
        work.initiatives += run.initiatives();
        work.submissions += run.submissions();
        return cells;
    }
}
