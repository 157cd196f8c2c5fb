package org.openace.analytics;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryChangeFeed;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Page;
import org.openace.filing.EntryChangeFeed.Position;
import org.openace.payment.StatementChangeFeed;
import org.openace.payment.StatementChangeFeed.ChangedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Pulls the filing module's change feed (and the payments module's statement feed after it) into this node's analytics
 * store: every poll interval, page after page from
 * the store's position until caught up, each page in one DuckDB transaction with the position it brings the store to.
 * Every node pulls for itself, so that each node's store holds every node's filings (an in-process event would
 * reach only the node that filed). Runs on a platform thread of its own (DuckDB works in native code, which would
 * hold a virtual thread's carrier), so it neither waits for nor delays the portal's other scheduled work. Not
 * started by the administration commands ({@code openace.cli.command}), nor where {@code openace.analytics.enabled}
 * is false. A node whose store is empty at start-up and that has {@code openace.analytics.seed-from} loads that
 * Parquet export first.
 */
@Component
class AnalyticsFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsFeed.class);

    private final EntryChangeFeed feed;
    private final StatementChangeFeed statements;
    private final AnalyticsStore store;
    private final AnalyticsProperties properties;
    private final AnalyticsAdministration administration;
    private final boolean commandLine;
    private @Nullable ScheduledExecutorService thread;
    private volatile boolean seeded;
    private volatile @Nullable String lastFailure;

    AnalyticsFeed(EntryChangeFeed feed, StatementChangeFeed statements, AnalyticsStore store,
                  AnalyticsProperties properties, AnalyticsAdministration administration, Environment environment) {
        this.feed = feed;
        this.statements = statements;
        this.store = store;
        this.properties = properties;
        this.administration = administration;
        this.commandLine = environment.containsProperty("openace.cli.command");
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || commandLine || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "analytics-feed");
            t.setDaemon(true);
            return t;
        });
        long interval = properties.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdown();
            try {
                thread.awaitTermination(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** Applies what the feed has until caught up; a failure is logged once and retried at the next poll. */
    void poll() {
        try {
            seedOnce();
            catchUp();
            if (lastFailure != null) {
                log.info("Analytics feed: applying again after the failure reported before");
                lastFailure = null;
            }
        }
        catch (SQLException | IOException | RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!failure.equals(lastFailure)) {
                log.warn("Analytics feed: not applied this time, retried at the next poll ({})", failure);
                lastFailure = failure;
            }
        }
    }

    /**
     * Applies pages from the store's position until the feed has nothing more that has finished. Each page is read
     * and applied while holding the store, so that a store switched in by a rebuild is never given a page read from
     * the position of the store it replaced.
     */
    int catchUp() throws SQLException, IOException {
        int applied = 0;
        Page page;
        do {
            page = store.with(c -> {
                Position from = FeedApplier.position(c);
                List<ChangedEntry> entries = new ArrayList<>();
                Page read = feed.read(from, properties.batchSize(), entries::add);
                if (!read.next().equals(from)) {
                    FeedApplier.apply(c, entries, read.next());
                }
                if (read.caughtUp() && AnalyticsSchema.filled(c)) {
                    log.info("Analytics store: filled again from the start of the change feed, every row now has "
                            + "every column of this version");
                }
                return read;
            });
            applied += page.entries();
        } while (!page.caughtUp());
        return applied + catchUpStatements(store, statements, properties.batchSize());
    }

    /** Applies the statement feed's pages from the store's statement position until caught up; how many were read. */
    static int catchUpStatements(AnalyticsStore store, StatementChangeFeed statements, int batchSize)
            throws SQLException, IOException {
        int applied = 0;
        StatementChangeFeed.Page page;
        do {
            page = store.with(c -> {
                StatementChangeFeed.Position from = StatementFeedApplier.position(c);
                List<ChangedStatement> changed = new ArrayList<>();
                StatementChangeFeed.Page read = statements.read(from, batchSize, changed::add);
                if (!read.next().equals(from)) {
                    StatementFeedApplier.apply(c, changed, read.next());
                }
                return read;
            });
            applied += page.statements();
        } while (!page.caughtUp());
        return applied;
    }

    private void seedOnce() throws SQLException, IOException {
        if (seeded) {
            return;
        }
        Path seed = properties.seedFrom();
        if (seed != null && store.isEmpty()) {
            log.info("Analytics store: empty, seeded from the Parquet export in {}", seed);
            administration.importFrom(seed, AuditActor.SYSTEM);
            store.switchToCurrent();
        }
        seeded = true;
    }
}
