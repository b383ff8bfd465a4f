package jp.advisor.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works through records in parallel with bounded memory: at most a small window of records is in flight,
 * and results are handed on in input order as soon as they are ready, so output is written as it goes.
 */
final class Batch {

    private Batch() {
    }

    /**
     * @param work must not throw for a bad record: it returns a result that says what was wrong
     */
    static <T, R> void run(Iterator<T> records, Function<T, R> work, int threads, Consumer<R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "advisor-batch");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> window = new ArrayDeque<>();
        int limit = threads * 4;
        try {
            while (records.hasNext()) {
                T record = records.next();
                window.add(pool.submit(() -> work.apply(record)));
                if (window.size() >= limit) {
                    sink.accept(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
