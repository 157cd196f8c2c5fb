package org.openace.reports.output;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;

import org.duckdb.DuckDBDriver;
import org.openace.analytics.AnalyticsReads;

/** {@link AnalyticsReads} on an in-memory DuckDB database of its own for each read, as a node's store reads files. */
final class InMemoryReads implements AnalyticsReads {

    int reads;

    @Override
    public <T> T read(Reading<T> work) throws SQLException, IOException {
        reads++;
        try (var connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties())) {
            return work.on(connection);
        }
    }

    @Override
    public Instant appliedAt() {
        return Instant.EPOCH;
    }

    @Override
    public boolean isFilling() {
        return false;
    }
}
