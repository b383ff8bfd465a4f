package jp.advisor.evaluation;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
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
 * The threads evaluations run on (the facts read, the session and the answer laid out), apart from the caller's, so
 * that the caller can stop waiting at the time budget. A consequence stuck in a Java loop ({@code while (true) {}})
 * cannot be halted or interrupted: its thread is left running, logged and counted; the rule set it came from is then
 * refused at once (one spinning core per such set, not one per request), and once {@code max-stuck-threads} are left
 * every evaluation is.
 * Refusing such a rule before it is published is the restricted language's job ({@code rules/guard/}); this is
 * the second line.
 */
final class EngineThreads {

    private static final Logger log = LoggerFactory.getLogger(EngineThreads.class);

    /** How long a halted session may take to finish the consequence it is in before its thread is given up. */
    private static final long GRACE_MILLIS = 100;

    /** Far above any caller's concurrency (the web server's 200 threads, {@code --threads}); healthy threads return. */
    private static final int MAX_THREADS = 1024;

    /** The rule sets (their compiled bases) that have had a session; weak, so that replaced sets can go. */
    private static final Set<Object> TRIED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private static final AtomicInteger NUMBER = new AtomicInteger();

    // Daemon threads: one stuck in a rule must not keep the command line from exiting.
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, "advisor-rules-" + NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    /** Threads left in a consequence that did not end within its budget, with the rule each was firing. */
    private static final Map<Thread, Stuck> STUCK = new ConcurrentHashMap<>();

    /** The rule a thread is stuck in, and the rule set (its compiled base) it belongs to. */
    private record Stuck(String rule, Object ruleSet) {
    }

    private EngineThreads() {
    }

    /** The rules whose consequences hold a thread now, for the refusal message. */
    static List<String> stuckRules() {
        return STUCK.values().stream().map(Stuck::rule).distinct().sorted().toList();
    }

    private static List<String> stuckRules(Object ruleSet) {
        return STUCK.values().stream().filter(s -> s.ruleSet() == ruleSet).map(Stuck::rule).distinct().sorted().toList();
    }

    /** The threads left running, for tests to stop them. */
    static Set<Thread> stuckThreads() {
        return Set.copyOf(STUCK.keySet());
    }

    /**
     * Runs {@code task} on an engine thread and waits for its answer at most the budget (the cold-start budget for
     * the first session of {@code ruleSet}, its compiled base), then a grace after halting it; the task's own
     * {@link EvaluationAbortedException} (LOOP, THREW, TIME after a halt) comes through as is.
     */
    static <T> T call(Callable<T> task, Watch watch, EvaluationBounds bounds, String version, Object ruleSet) {
        // A set that has left a thread in a rule that never ends is refused at once: one spinning core per such
        // set, not one per request; other sets go on until max-stuck-threads are left.
        List<String> stuckHere = stuckRules(ruleSet);
        if (!stuckHere.isEmpty()) {
            throw EvaluationAbortedException.neverEnds(version, stuckHere);
        }
        if (STUCK.size() >= bounds.maxStuckThreads()) {
            throw EvaluationAbortedException.noThreadLeft(version, stuckRules());
        }
        Duration budget = TRIED.add(ruleSet) ? bounds.coldStartBudget() : bounds.timeBudget();
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
                return future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException overBudget) {
                watch.halt();
                try {
                    return future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stuck) {
                    if (!watch.abandon(ruleSet)) {
                        return future.get(); // it finished just now
                    }
                    int count = STUCK.size();
                    String waited = budget.toMillis() + " ms";
                    log.error("ルール「{}」の実行が時間の上限 {} を過ぎても終わらないため、スレッド {} を放棄しました（放棄中 {}/{}）"
                                    + " / rule \"{}\" did not finish within {}: thread {} left running ({} of {} allowed);"
                                    + " rule set {}", watch.firing, waited, watch.threadName(), count,
                            bounds.maxStuckThreads(), watch.firing, waited, watch.threadName(), count,
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

        /**
         * The session has run to its end: from now on a halt does nothing (it neither calls the halter nor marks the
         * session halted). False when a halt came first, and may be calling the halter now: that session must not be
         * used again.
         */
        boolean ended() {
            return state.compareAndSet(RUNNING, DONE);
        }

        /** The caller gives the thread up; false when the session has just finished after all. */
        boolean abandon(Object ruleSet) {
            if (!state.compareAndSet(HALTED, ABANDONED)) {
                return false;
            }
            Thread t = thread;
            if (t != null) {
                STUCK.put(t, new Stuck(firing == null ? "?" : firing, ruleSet));
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
