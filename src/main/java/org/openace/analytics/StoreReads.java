package org.openace.analytics;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;

import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

/**
 * {@link AnalyticsReads} on the node's {@link AnalyticsStore}: each read takes a duplicate of the store's connection
 * (a connection of its own to the same database), so it holds the store only for the moment the duplicate is made.
 * A store switched by a rebuild meanwhile stays open for the reads begun on it until they close.
 */
@Component
class StoreReads implements AnalyticsReads {

    private final AnalyticsStore store;
    private final AnalyticsProperties properties;

    StoreReads(AnalyticsStore store, AnalyticsProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public <T> T read(Reading<T> work) throws SQLException, IOException {
        if (!properties.enabled()) {
            throw new AnalyticsUnavailableException("This node keeps no analytics store (openace.analytics.enabled)");
        }
        try (DuckDBConnection connection = store.with(DuckDBConnection::duplicate)) {
            return work.on(connection);
        }
    }

    @Override
    public boolean isFilling() throws SQLException, IOException {
        return read(AnalyticsSchema::isFilling);
    }

    @Override
    public Instant appliedAt() throws SQLException, IOException {
        return read(c -> {
            try (var statement = c.createStatement();
                 // written as current_timestamp::timestamp, the session's wall time: cast back in the same session
                 var rs = statement.executeQuery("select epoch_ms(applied_at::timestamptz) from feed_state where id = 1")) {
                rs.next();
                return Instant.ofEpochMilli(rs.getLong(1));
            }
        });
    }
}
