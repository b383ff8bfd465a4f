package jp.advisor.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;

import jp.advisor.evaluation.Evaluator;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.SubmissionReader;

/**
 * The national-scale estimate of issue 14: a corpus of about 1,700 organisations × 10 years (the generator's 24 × 10
 * at scale 70: 16,800 submissions), one batch pass (read and evaluate each with its previous year, as
 * {@link BatchBenchmark} does) and one what-if (bundled rules against policy {@code target-reached}), each timed once
 * after an untimed warm-up on the 1× corpus. One-shot wall times, not JMH: a pass takes minutes, so its noise is
 * small beside it; run it on a quiet machine.
 *
 *   mvn -P bench -DskipTests test-compile exec:exec -Dbench.main=jp.advisor.bench.NationalCorpusRun -Djmh.args="70 2"
 *   (scale, threads; the bench profile gives the JVM its heap)
 */
public final class NationalCorpusRun {

    private NationalCorpusRun() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 70;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        RuleSet rules = BenchRules.compile(BenchRules.bundled());
        RuleSet candidate = BenchRules.compile(BenchRules.targetReached());
        Evaluator evaluator = new Evaluator(() -> rules);
        WhatIf whatIf = new WhatIf();
        SubmissionReader reader = new SubmissionReader();

        List<CorpusGenerator.Item> small = new CorpusGenerator().generate(1);
        List<NamedSubmission> smallRead = read(small, reader);
        try (CorpusRun warm = new CorpusRun(small, evaluator, threads)) {
            CorpusRun.warmUp(() -> {
                try {
                    warm.pass();
                    whatIf.compare(rules, candidate, smallRead);
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }, 20);
        }

        long t0 = System.nanoTime();
        List<CorpusGenerator.Item> corpus = new CorpusGenerator().generate(scale);
        long generated = System.nanoTime();
        try (CorpusRun run = new CorpusRun(corpus, evaluator, threads)) {
            int findings = run.pass();
            long evaluated = System.nanoTime();
            double seconds = (evaluated - generated) / 1e9;
            System.out.printf("%n[national] scale %d: %d submissions, %d initiatives, generated in %.1f s%n", scale,
                    run.submissions(), run.initiatives(), (generated - t0) / 1e9);
            System.out.printf("[national] evaluate (read + evaluate with previous year), %d threads: %.1f s, %.0f"
                    + " submissions/s, %.0f initiatives/s, %d findings%n", threads, seconds, run.submissions() / seconds,
                    run.initiatives() / seconds, findings);
        }
        List<NamedSubmission> read = read(corpus, reader);
        corpus = null; // the JSON is no longer needed: what-if takes read submissions
        long w0 = System.nanoTime();
        WhatIfReport report = whatIf.compare(rules, candidate, read);
        double whatIfSeconds = (System.nanoTime() - w0) / 1e9;
        System.out.printf("[national] what-if over %d submissions (read beforehand): %.1f s, %d changes, %d failures%n",
                report.submissions(), whatIfSeconds, report.changes().size(), report.failures().size());
    }

    private static List<NamedSubmission> read(List<CorpusGenerator.Item> items, SubmissionReader reader) {
        return items.parallelStream().map(i -> new NamedSubmission(i.name(), reader.read(i.json(), i.name()))).toList();
    }
}
