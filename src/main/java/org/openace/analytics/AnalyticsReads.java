package org.openace.analytics;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Reading this node's analytics store, for the modules that answer questions from it (reports, national trends).
 * Each read gets a DuckDB connection of its own to the store in use (so reads run beside each other and beside the
 * feed), closed when the work returns. A read sees the store as of the feed's last applied page. Tables and columns:
 * {@code es_summary} (one row per entry summary) and {@code es_line_tariff} (one row per tariff ordinal, the grain of
 * ES-003), described in docs/adr/013-analytics-store.md. Readers never write: the feed is the store's only writer.
 */
public interface AnalyticsReads {

    /** Work on a connection of its own; the connection is closed after. */
    @FunctionalInterface
    interface Reading<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    /**
     * Runs the work on a connection to the store in use.
     *
     * @throws AnalyticsUnavailableException where this node keeps no store ({@code openace.analytics.enabled=false})
     *                                       or its store cannot be opened
     */
    <T> T read(Reading<T> work) throws SQLException, IOException;

    /** When the feed last applied a page to the store in use: what the store's answers are "as of". */
    Instant appliedAt() throws SQLException, IOException;

    /**
     * Whether the store in use is being filled again from the start of the feed, after it was made by an older
     * version of OpenACE (or seeded from an older export): until it has caught up, the columns that version lacked
     * are empty (null) on the rows not read again yet, and a report on them should say so.
     */
    boolean isFilling() throws SQLException, IOException;
}
