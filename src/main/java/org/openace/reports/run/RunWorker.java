package org.openace.reports.run;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;
import org.jspecify.annotations.Nullable;
import org.openace.reports.ReportsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's report workers: every poll interval (and at once when a run is asked for here) they take waiting runs
 * from {@code report_run}, as many at a time as {@code openace.reports.workers}, and run them
 * ({@link RunExecution}). Every half second a monitor writes each running run's progress (DuckDB's own estimate of
 * the query's progress) and heartbeat, and cancels the statement of a run whose cancel was asked for on any node.
 * It also queues again the runs of nodes that stopped beating, and deletes rows past their retention. Not started
 * where the node keeps no analytics store ({@code openace.analytics.enabled=false}) nor by the administration
 * commands. Runs on platform threads: DuckDB works in native code.
 */
@Component
class RunWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);
    private static final int MAX_ATTEMPTS = 3;
    /** A part file untouched for this long belongs to an attempt whose node died. */
    private static final java.time.Duration ABANDONED = java.time.Duration.ofDays(1);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ReportRuns runs;
    private final RunExecution execution;
    private final ResultFiles files;
    private final ReportsProperties properties;
    private final Clock clock;
    private final boolean enabled;
    private final String node;
    private final Map<UUID, DuckDBPreparedStatement> running = new ConcurrentHashMap<>();
    private final Semaphore free;
    private @Nullable ExecutorService workers;
    private @Nullable ScheduledExecutorService timer;

    RunWorker(ReportRuns runs, RunExecution execution, ResultFiles files, ReportsProperties properties, Clock clock,
              @Value("${openace.analytics.enabled:true}") boolean analytics, Environment environment) {
        this.runs = runs;
        this.execution = execution;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
        this.enabled = analytics && !environment.containsProperty("openace.cli.command");
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.free = new Semaphore(properties.workers());
    }

    @Override
    public synchronized void start() {
        if (!enabled || timer != null) {
            return;
        }
        workers = Executors.newFixedThreadPool(properties.workers(), platform("report-run"));
        timer = Executors.newSingleThreadScheduledExecutor(platform("report-monitor"));
        timer.scheduleWithFixedDelay(this::takeWaiting, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::beat, 500, 500, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::housekeeping, 5, properties.staleAfter().toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null || workers == null) {
            return;
        }
        timer.shutdownNow();
        // the workers interrupted first, so that a run whose statement is cancelled next sees that its node stops
        // (and is left running, to be taken back by another node once its heartbeat is stale) rather than failed
        workers.shutdownNow();
        running.values().forEach(RunWorker::cancel);
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        workers = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** How the runs table names this node (the process and a random suffix). */
    String node() {
        return node;
    }

    /** A run was just asked for on this node: take it now rather than at the next poll. */
    void nudge() {
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.execute(this::takeWaiting);
        }
    }

    private void takeWaiting() {
        try {
            while (free.tryAcquire()) {
                Optional<ReportRun> claimed = runs.claim(node, clock.instant());
                if (claimed.isEmpty()) {
                    free.release();
                    return;
                }
                ReportRun run = claimed.get();
                ExecutorService pool = workers;
                if (pool == null) {
                    free.release();
                    return;
                }
                pool.execute(() -> {
                    try {
                        execution.execute(run, node, statement -> running.put(run.id(), statement));
                    }
                    finally {
                        running.remove(run.id());
                        free.release();
                    }
                });
            }
        }
        catch (RuntimeException e) {
            log.warn("Report runs: could not look for waiting runs ({}); trying again at the next poll",
                    e.getClass().getSimpleName());
        }
    }

    private void beat() {
        Instant now = clock.instant();
        for (Map.Entry<UUID, DuckDBPreparedStatement> entry : running.entrySet()) {
            try {
                int progress = progress(entry.getValue());
                boolean cancel = runs.heartbeat(entry.getKey(), node, progress, now);
                if (cancel) {
                    cancel(entry.getValue());
                }
            }
            catch (RuntimeException e) {
                log.warn("Report run {}: heartbeat not written ({})", entry.getKey(), e.getClass().getSimpleName());
            }
        }
    }

    private void housekeeping() {
        try {
            Instant now = clock.instant();
            int taken = runs.takeBackStale(now.minus(properties.staleAfter()), MAX_ATTEMPTS, now);
            if (taken > 0) {
                log.info("Report runs: {} run(s) of a node that stopped were queued again or failed", taken);
            }
            for (UUID expired : runs.expire(now.minus(properties.resultRetention()), 1000)) {
                files.discard(expired);
            }
            files.deleteAbandonedParts(now.minus(ABANDONED));
        }
        catch (RuntimeException | java.io.IOException e) {
            log.warn("Report runs: housekeeping not done this time ({})", e.getClass().getSimpleName());
        }
    }

    private static int progress(DuckDBPreparedStatement statement) {
        try {
            QueryProgress progress = statement.getQueryProgress();
            double percentage = progress.getPercentage();
            return percentage < 0 ? 0 : (int) Math.floor(percentage);
        }
        catch (SQLException e) {
            return 0; // no query running on it (yet, or any more)
        }
    }

    private static void cancel(DuckDBPreparedStatement statement) {
        try {
            statement.cancel();
        }
        catch (SQLException e) {
            // already finished
        }
    }

    private static java.util.concurrent.ThreadFactory platform(String name) {
        return task -> {
            Thread thread = new Thread(task, name + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
