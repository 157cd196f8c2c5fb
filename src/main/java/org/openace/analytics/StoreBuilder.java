package org.openace.analytics;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.duckdb.DuckDBConnection;
import org.openace.filing.EntryChangeFeed;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Page;
import org.openace.filing.EntryChangeFeed.Position;
import org.openace.payment.StatementChangeFeed;
import org.openace.payment.StatementChangeFeed.ChangedStatement;
import org.springframework.stereotype.Component;

/**
 * Builds a new store file from PostgreSQL: the change feed read from its start until caught up, page after page
 * (then the statement feed likewise),
 * each applied as the running feed applies it ({@link FeedApplier}), so that a rebuilt store and a fed one hold the
 * same rows for the same position. The file is checkpointed and closed, ready to be published.
 */
@Component
class StoreBuilder {

    /** Entries read and applied at a time while building (larger than the feed's pages: nothing waits for them). */
    static final int PAGE = 10_000;

    /**
     * What was built.
     *
     * @param readingNanos  the time spent reading the feed from PostgreSQL (the query and the documents read into rows),
     *                      on a thread of its own, while the page before is written
     * @param applyingNanos the time spent appending the rows to DuckDB and committing them
     */
    record Built(Path file, Position position, long entries, long ordinals, long readingNanos, long applyingNanos) {
    }

    private final EntryChangeFeed feed;
    private final StatementChangeFeed statements;
    private final AnalyticsStore store;

    StoreBuilder(EntryChangeFeed feed, StatementChangeFeed statements, AnalyticsStore store) {
        this.feed = feed;
        this.statements = statements;
        this.store = store;
    }

    /** A page read, with the time reading it took. */
    private record Read(Page page, List<ChangedEntry> entries, long nanos) {
    }

    /**
     * Builds the store in {@code file}. The next page is read from PostgreSQL while the current one is appended to
     * DuckDB (reading is the larger part); pages are applied one after the other, in order.
     */
    Built build(Path file) throws SQLException, IOException {
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "analytics-rebuild-reader");
            thread.setDaemon(true);
            return thread;
        });
        try (DuckDBConnection c = store.open(file)) {
            AnalyticsSchema.prepare(c);
            Position position = Position.START;
            long entries = 0;
            long ordinals = 0;
            long reading = 0;
            long applying = 0;
            Future<Read> next = reader.submit(() -> read(Position.START));
            Read current;
            do {
                current = await(next);
                if (!current.page().caughtUp()) {
                    Position from = current.page().next();
                    next = reader.submit(() -> read(from));
                }
                long start = System.nanoTime();
                FeedApplier.apply(c, current.entries(), current.page().next());
                applying += System.nanoTime() - start;
                reading += current.nanos();
                position = current.page().next();
                entries += current.entries().size();
                for (ChangedEntry entry : current.entries()) {
                    ordinals += entry.ordinals().size();
                }
            } while (!current.page().caughtUp());
            StatementChangeFeed.Page statementPage;
            do {
                StatementChangeFeed.Position from = StatementFeedApplier.position(c);
                List<ChangedStatement> changed = new ArrayList<>();
                statementPage = statements.read(from, PAGE, changed::add);
                StatementFeedApplier.apply(c, changed, statementPage.next());
            } while (!statementPage.caughtUp());
            try (Statement statement = c.createStatement()) {
                statement.execute("checkpoint");
            }
            return new Built(file, position, entries, ordinals, reading, applying);
        }
        finally {
            reader.shutdownNow();
        }
    }

    private Read read(Position from) {
        List<ChangedEntry> entries = new ArrayList<>();
        long start = System.nanoTime();
        Page page = feed.read(from, PAGE, entries::add);
        return new Read(page, entries, System.nanoTime() - start);
    }

    private static Read await(Future<Read> read) throws SQLException {
        try {
            return read.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while reading the change feed", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new SQLException("Reading the change feed failed: " + e.getCause(), e.getCause());
        }
    }
}
