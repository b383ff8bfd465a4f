package jp.advisor.bench;

import java.util.List;
import java.util.Map;
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

import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.SubmissionReader;

/**
 * What-if over the 1× corpus (24 × 10 submissions, read beforehand): every submission evaluated under the bundled
 * rules and under the same rules with policy {@code target-reached}, and every changed judgement listed.
 * {@code whatIfCompare} has both rule sets built; {@code whatIfWithCandidateBuild} also builds the candidate from
 * its files first, as {@code POST /api/rules/what-if} and the {@code what-if} command do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WhatIfBenchmark {

    private List<NamedSubmission> corpus;
    private RuleSet current;
    private RuleSet candidate;
    private Map<String, byte[]> candidateFiles;
    private final WhatIf whatIf = new WhatIf();

    @Setup(Level.Trial)
    public void setUp() {
        SubmissionReader reader = new SubmissionReader();
        corpus = new CorpusGenerator().generate(1).stream()
                .map(i -> new NamedSubmission(i.name(), reader.read(i.json(), i.name()))).toList();
        current = BenchRules.compile(BenchRules.bundled());
        candidateFiles = BenchRules.targetReached();
        candidate = BenchRules.compile(candidateFiles);
        WhatIfReport report = whatIf.compare(current, candidate, corpus);
        System.out.printf("%n[what-if] %d submissions, %d changed judgements %s, %d failures%n",
                report.submissions(), report.changes().size(), report.countsByCellType(), report.failures().size());
    }

    @Benchmark
    public WhatIfReport whatIfCompare() {
        return whatIf.compare(current, candidate, corpus);
    }

    @Benchmark
    public WhatIfReport whatIfWithCandidateBuild() {
        return whatIf.compare(current, BenchRules.compile(candidateFiles), corpus);
    }
}
