package jp.advisor.publishing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Several instances on one database: every {@code advisor.rules.refresh-interval} (default 2s; 0 turns it off)
 * this instance reads the id of the newest history entry and, when another instance published or rolled back,
 * applies it ({@link RulePublisher#refresh()}). Polling the versions table, so H2 and PostgreSQL alike; one
 * small query per interval. Runs on its own daemon thread from the context's start to its close.
 */
@Component
class RulesRefresh implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesRefresh.class);

    private final RulePublisher publisher;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private boolean failing;

    RulesRefresh(RulePublisher publisher, @Value("${advisor.rules.refresh-interval:2s}") Duration interval) {
        this.publisher = publisher;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rules-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Never throws: a thrown exception would end the schedule. A failing database is logged once until it answers. */
    void tick() {
        try {
            publisher.refresh();
            if (failing) {
                log.info("ルール: 公開履歴を再び読めます / rules: the history can be read again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("ルール: 公開履歴を読めません（他のインスタンスの公開を反映できません）。{} ごとに再試行します / rules: cannot"
                        + " read the history (publishes by other instances are not picked up); retrying every {}: {}",
                        interval, interval, e.toString());
                failing = true;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
