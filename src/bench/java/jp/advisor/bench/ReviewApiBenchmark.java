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

import jp.advisor.review.ReviewReport;
import jp.advisor.review.Reviewer;
import jp.advisor.rules.RuleSet;

/**
 * The 1× corpus (24 × 10) through the project's own batch API, {@link Reviewer#review}: what {@code review
 * <folder>} and {@code POST /api/reviews} run, with the threads it chooses itself. Report rendering excluded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ReviewApiBenchmark {

    private List<Reviewer.Source> sources;
    private Reviewer reviewer;

    @Setup(Level.Trial)
    public void setUp() {
        sources = new CorpusGenerator().generate(1).stream()
                .map(item -> new Reviewer.Source(item.name(), item.json())).toList();
        RuleSet rules = BenchRules.compile(BenchRules.bundled());
        reviewer = new Reviewer(() -> rules);
        ReviewReport report = reviewer.review(sources);
        if (!report.unreadable().isEmpty()) {
            throw new IllegalStateException("unreadable corpus submissions: " + report.unreadable());
        }
    }

    @Benchmark
    public ReviewReport reviewCorpus() {
        return reviewer.review(sources);
    }
}
