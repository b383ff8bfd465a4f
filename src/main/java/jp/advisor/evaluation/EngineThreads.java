package jp.advisor.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads rule sessions run on, apart from the caller's, so that the caller can stop waiting at the time
 * budget. A consequence stuck in a Java loop ({@code while (true) {}}) cannot be halted or interrupted: its
 * thread is left running, logged and counted, and once {@code max-stuck-threads} are left every evaluation is
 * refused at once instead of adding one more spinning core. Refusing such a rule before it is published is the
 * restricted language's job ({@code rules/guard/}); this is the second line.
 */
final class EngineThreads {

    private static final Logger log = LoggerFactory.getLogger(EngineThreads.class);

    /** How long a halted session may take to finish the consequence it is in before its thread is given up. */
    private static final long GRACE_MILLIS = 100;

    /** Far above any caller's concurrency (the web server's 200 threads, {@code --threads}); healthy threads return. */
    private static final int MAX_THREADS = 1024;

    private static final AtomicInteger NUMBER = new AtomicInteger();

    // Daemon threads: one stuck in a rule must not keep the command line from exiting.
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, "advisor-rules-" + NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    /** Threads left in a consequence that did not end within its budget, with the rule each was firing. */
    private static final Map<Thread, String> STUCK = new ConcurrentHashMap<>();

    private EngineThreads() {
    }

    /** The rules whose consequences hold a thread now, for the refusal message. */
    static List<String> stuckRules() {
        return STUCK.values().stream().sorted().toList();
    }

    /** The threads left running, for tests to stop them. */
    static Set<Thread> stuckThreads() {
        return Set.copyOf(STUCK.keySet());
    }

    /**
     * Runs {@code task} on an engine thread and waits at most the budget (and a grace after halting it) for its
     * answer; the task's own {@link EvaluationAbortedException} (LOOP, THREW, TIME after a halt) comes through as is.
     */
    static <T> T call(Callable<T> task, Watch watch, EvaluationBounds bounds, String version) {
        if (STUCK.size() >= bounds.maxStuckThreads()) {
            throw EvaluationAbortedException.noThreadLeft(version, stuckRules());
        }
        Future<T> future;
        try {
            future = POOL.submit(() -> {
                watch.thread = Thread.currentThread();
                try {
                    return task.call();
                } finally {
                    watch.finished();
                }
            });
        } catch (RejectedExecutionException e) {
            throw EvaluationAbortedException.noThreadLeft(version, stuckRules());
        }
        try {
            try {
                return future.get(bounds.timeBudget().toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException overBudget) {
                watch.halt();
                try {
                    return future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stuck) {
                    if (!watch.abandon()) {
                        return future.get(); // it finished just now
                    }
                    int count = STUCK.size();
                    String budget = bounds.timeBudget().toMillis() + " ms";
                    log.error("ルール「{}」の実行が時間の上限 {} を過ぎても終わらないため、スレッド {} を放棄しました（放棄中 {}/{}）"
                                    + " / rule \"{}\" did not finish within {}: thread {} left running ({} of {} allowed);"
                                    + " rule set {}", watch.firing, budget, watch.threadName(), count,
                            bounds.maxStuckThreads(), watch.firing, budget, watch.threadName(), count,
                            bounds.maxStuckThreads(), version);
                    throw EvaluationAbortedException.time(watch.firing, version, bounds.timeBudget());
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            // The caller is being stopped (a batch cancelled): stop the session too, and say so.
            Thread.currentThread().interrupt();
            watch.halt();
            future.cancel(true);
            throw new IllegalStateException("評価が中断されました / the evaluation was interrupted", e);
        }
    }

    /** What the caller and the engine thread share about one session. */
    static final class Watch {

        private static final int RUNNING = 0;
        private static final int HALTED = 1;
        private static final int ABANDONED = 2;
        private static final int DONE = 3;

        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile Runnable halter;
        volatile Thread thread;
        /** The rule whose consequence runs now (or ran last). */
        volatile String firing;

        /** What stops the session: {@code KieSession::halt}; called at once if the budget is already over. */
        void onHalt(Runnable halter) {
            this.halter = halter;
            if (halted()) {
                halter.run();
            }
        }

        boolean halted() {
            return state.get() != RUNNING;
        }

        void halt() {
            if (state.compareAndSet(RUNNING, HALTED)) {
                Runnable h = halter;
                if (h != null) {
                    h.run();
                }
            }
        }

        /** The caller gives the thread up; false when the session has just finished after all. */
        boolean abandon() {
            if (!state.compareAndSet(HALTED, ABANDONED)) {
                return false;
            }
            Thread t = thread;
            if (t != null) {
                STUCK.put(t, firing == null ? "?" : firing);
                t.interrupt(); // a consequence that sleeps or waits does end on it
            }
            return true;
        }

        String threadName() {
            Thread t = thread;
            return t == null ? "(not started)" : t.getName();
        }

        void finished() {
            if (state.getAndSet(DONE) == ABANDONED) {
                Thread t = Thread.currentThread();
                STUCK.remove(t);
                log.warn("放棄したスレッド {} のルール「{}」がようやく終わりました / thread {} left in rule \"{}\" has finished",
                        t.getName(), firing, t.getName(), firing);
            }
        }
    }
}
