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
import org.openjdk.jmh.infra.Blackhole;

import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * The default policy's suggestions for every cell of the 1× corpus (240 submissions, read beforehand), one thread:
 * through Drools (the bundled rule files without the review rules) and through {@link PlainJavaAdvisor}, the same
 * policy hand-coded. Both answer the same map of cell → shown judgement, in the same JVM and run, so their ratio is
 * the cost of the rule engine (and of the explanations it builds) over plain code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class DroolsVsPlainJavaBenchmark {

    private List<Submission> corpus;
    private Evaluator drools;
    private final PlainJavaAdvisor plainJava = new PlainJavaAdvisor();

    @Setup(Level.Trial)
    public void setUp() {
        SubmissionReader reader = new SubmissionReader();
        corpus = new CorpusGenerator().generate(1).stream().map(i -> reader.read(i.json(), i.name())).toList();
        RuleSet rules = BenchRules.compile(BenchRules.suggestionsOnly());
        drools = new Evaluator(() -> rules);
        // Not a test: says on the console whether the two paths judged the corpus alike.
        int cells = 0;
        int differ = 0;
        String example = null;
        for (Submission s : corpus) {
            Map<String, String> a = Judgements.of(drools.evaluate(s));
            Map<String, String> b = plainJava.judge(s);
            cells += a.size();
            for (Map.Entry<String, String> cell : a.entrySet()) {
                if (!cell.getValue().equals(b.get(cell.getKey()))) {
                    differ++;
                    if (example == null) {
                        example = s.organization() + " " + s.fiscalYear() + " " + cell.getKey() + ": drools "
                                + cell.getValue() + ", plain Java " + b.get(cell.getKey());
                    }
                }
            }
            differ += (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
        }
        System.out.printf("%n[agreement] %d submissions, %d cells, %d differ%s%n", corpus.size(), cells, differ,
                example == null ? "" : " (first: " + example + ")");
    }

    @Benchmark
    public void drools(Blackhole bh) {
        for (Submission s : corpus) {
            bh.consume(Judgements.of(drools.evaluate(s)));
        }
    }

    @Benchmark
    public void plainJava(Blackhole bh) {
        for (Submission s : corpus) {
            bh.consume(plainJava.judge(s));
        }
    }
}
