package jp.advisor.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

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

import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;

/**
 * Building a rule set from its files, as a reload or publish does ({@link RuleSetLoader#compile}: UTF-8 check,
 * restricted-language guard, engine build): the bundled {@code rules/} and a 200-rule set. A new build every
 * invocation. {@code firstBuild} is the first build in a fresh JVM (SingleShot, no warm-up, one per fork, three
 * forks); {@code warmBuild} the average once the JVM has built a few (a service that reloads).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RuleSetBuildBenchmark {

    @Param({"bundled", "generated200"})
    public String set;

    private Map<String, byte[]> files;
    private RuleSet last;

    @Setup(Level.Trial)
    public void setUp() {
        files = "bundled".equals(set) ? BenchRules.bundled() : BenchRules.large();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g"})
    public RuleSet firstBuild() {
        return last = new RuleSetLoader().compile(files, null);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g"})
    public RuleSet warmBuild() {
        return last = new RuleSetLoader().compile(files, null);
    }

    /** Says how many rules were built (the generated set must have {@value BenchRules#LARGE_SET_RULES}). */
    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.printf("%n[rule set] %s: %d rules%n", set, BenchRules.countRules(last));
    }
}
