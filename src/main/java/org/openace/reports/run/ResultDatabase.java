package org.openace.reports.run;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * An in-memory DuckDB that reads runs' result files (Parquet) for their pages and downloads, on any node, whether or
 * not the node keeps an analytics store. It holds no table; each read gets a connection of its own.
 */
@Component
public class ResultDatabase implements DisposableBean {

    /** Work on a connection of its own, closed after. */
    @FunctionalInterface
    public interface Reading<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    private static final DuckDBDriver DRIVER = new DuckDBDriver();

    private @Nullable DuckDBConnection root;

    public <T> T read(Reading<T> work) throws SQLException, IOException {
        try (DuckDBConnection connection = root().duplicate()) {
            return work.on(connection);
        }
    }

    private synchronized DuckDBConnection root() throws SQLException {
        if (root == null) {
            Properties config = new Properties();
            config.setProperty("threads", "2");
            config.setProperty("memory_limit", "256MB");
            Connection c = DRIVER.connect("jdbc:duckdb:", config);
            if (c == null) {
                throw new SQLException("DuckDB does not open an in-memory database");
            }
            root = c.unwrap(DuckDBConnection.class);
        }
        return root;
    }

    @Override
    public synchronized void destroy() throws SQLException {
        if (root != null) {
            root.close();
            root = null;
        }
    }
}
