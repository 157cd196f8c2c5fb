package org.openace.analytics;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.openace.filing.EntryChangeFeed;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Page;
import org.openace.filing.EntryChangeFeed.Position;
import org.springframework.stereotype.Component;

/**
 * Builds a new store file from PostgreSQL: the change feed read from its start until caught up, page after page,
 * each applied as the running feed applies it ({@link FeedApplier}), so that a rebuilt store and a fed one hold the
 * same rows for the same position. The file is checkpointed and closed, ready to be published.
 */
@Component
class StoreBuilder {

    /** Entries read and applied at a time while building (larger than the feed's pages: nothing waits for them). */
    static final int PAGE = 10_000;

    /** What was built. */
    record Built(Path file, Position position, long entries, long ordinals) {
    }

    private final EntryChangeFeed feed;
    private final AnalyticsStore store;

    StoreBuilder(EntryChangeFeed feed, AnalyticsStore store) {
        this.feed = feed;
        this.store = store;
    }

    Built build(Path file) throws SQLException, IOException {
        try (DuckDBConnection c = store.open(file)) {
            AnalyticsSchema.create(c);
            Position position = Position.START;
            long entries = 0;
            long ordinals = 0;
            Page page;
            do {
                List<ChangedEntry> read = new ArrayList<>();
                page = feed.read(position, PAGE, read::add);
                FeedApplier.apply(c, read, page.next());
                position = page.next();
                entries += read.size();
                for (ChangedEntry entry : read) {
                    ordinals += entry.ordinals().size();
                }
            } while (!page.caughtUp());
            try (Statement statement = c.createStatement()) {
                statement.execute("checkpoint");
            }
            return new Built(file, position, entries, ordinals);
        }
    }
}
