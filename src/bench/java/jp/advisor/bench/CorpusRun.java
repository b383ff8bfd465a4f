package jp.advisor.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import jp.advisor.bench.CorpusGenerator.Item;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * One pass over a corpus as a batch review does it, on a pool of a given number of threads: read every
 * submission, then evaluate each (suggestions and findings) with its organisation's previous year, which feeds the
 * 前年度 check. Answers the number of findings, so nothing is optimised away.
 */
final class CorpusRun implements AutoCloseable {

    private final List<Item> corpus;
    private final Evaluator evaluator;
    private final ForkJoinPool pool;
    private final SubmissionReader reader = new SubmissionReader();

    CorpusRun(List<Item> corpus, Evaluator evaluator, int threads) {
        this.corpus = corpus;
        this.evaluator = evaluator;
        this.pool = new ForkJoinPool(threads);
    }

    int pass() throws InterruptedException, ExecutionException {
        return pool.submit(() -> {
            Submission[] read = readAll();
            return IntStream.range(0, read.length).parallel()
                    .map(i -> {
                        int previous = corpus.get(i).previousIndex();
                        return evaluator.evaluate(read[i], previous < 0 ? null : read[previous]).findings().size();
                    })
                    .sum();
        }).get();
    }

    /**
     * The same pass through {@link PlainJavaAdvisor} instead of the rules: read every submission, then judge each
     * (suggestions only: the baseline has no review rules, no findings, no explanations). Answers the number of cells.
     */
    int baselinePass(PlainJavaAdvisor advisor) throws InterruptedException, ExecutionException {
        return pool.submit(() -> {
            Submission[] read = readAll();
            return IntStream.range(0, read.length).parallel().map(i -> advisor.judge(read[i]).size()).sum();
        }).get();
    }

    /** Every submission of the corpus read, in corpus order; run inside the pool, so on its threads. */
    private Submission[] readAll() {
        Submission[] read = new Submission[corpus.size()];
        IntStream.range(0, read.length).parallel()
                .forEach(i -> read[i] = reader.read(corpus.get(i).json(), corpus.get(i).name()));
        return read;
    }

    int initiatives() {
        return corpus.stream().mapToInt(Item::initiatives).sum();
    }

    int submissions() {
        return corpus.size();
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /**
     * Runs {@code work} for about {@code seconds}, untimed: the JIT needs some 10 s of this workload before its
     * times settle (seen on the seed), more than a short JMH warm-up of a long operation gives.
     */
    static void warmUp(Runnable work, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int runs = 0;
        do {
            work.run();
            runs++;
        } while (System.nanoTime() < end);
        System.out.printf("%n[warm-up] %d untimed runs before JMH's own warm-up%n", runs);
    }
}
