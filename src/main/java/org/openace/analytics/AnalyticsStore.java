package org.openace.analytics;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The analytics store of this node: one DuckDB file in {@code openace.analytics.directory}, the one named by its
 * {@code CURRENT} file ({@link StoreFiles}), opened on first use and kept open. One connection, used by one caller at
 * a time (the feed, a rebuild's switch, an export): DuckDB lets one process write a file. When {@code CURRENT} names
 * another file (a rebuild or an import, here or by the command line beside the running portal), the store switches
 * to it at its next use and deletes the superseded file.
 */
@Component
class AnalyticsStore implements DisposableBean {

    /** Work on the store's connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(DuckDBConnection connection) throws SQLException, IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(AnalyticsStore.class);
    private static final DuckDBDriver DRIVER = new DuckDBDriver();

    private final AnalyticsProperties properties;
    private final StoreFiles files;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable DuckDBConnection connection;
    private @Nullable Path open;

    AnalyticsStore(AnalyticsProperties properties) {
        this.properties = properties;
        this.files = new StoreFiles(properties.directory());
    }

    StoreFiles files() {
        return files;
    }

    /** Runs the work on the current store, creating an empty one where there is none. */
    <T> T with(Work<T> work) throws SQLException, IOException {
        lock.lock();
        try {
            return work.on(connection());
        }
        finally {
            lock.unlock();
        }
    }

    /** Applies a page of the change feed ({@link FeedApplier}). */
    void apply(List<ChangedEntry> entries, Position next) throws SQLException, IOException {
        with(c -> {
            FeedApplier.apply(c, entries, next);
            return null;
        });
    }

    Position position() throws SQLException, IOException {
        return with(FeedApplier::position);
    }

    /** Whether the store holds no entry and has read nothing of the feed (a node to seed). */
    boolean isEmpty() throws SQLException, IOException {
        return with(c -> {
            try (var statement = c.createStatement();
                 var rs = statement.executeQuery("select count(*) from es_summary")) {
                rs.next();
                return rs.getLong(1) == 0 && FeedApplier.position(c).equals(Position.START);
            }
        });
    }

    /** Switches to the file {@code CURRENT} names now, if it is another (after a rebuild or an import). */
    void switchToCurrent() throws SQLException, IOException {
        with(c -> null);
    }

    private DuckDBConnection connection() throws SQLException, IOException {
        Optional<Path> current = files.current();
        if (connection != null && current.isPresent() && current.get().equals(open)) {
            return connection;
        }
        close();
        Path file = current.isPresent() ? current.get() : createEmpty();
        DuckDBConnection opened = open(file);
        try {
            int found = AnalyticsSchema.prepare(opened);
            if (found < AnalyticsSchema.VERSION) {
                log.info("Analytics store: {} had the shape of version {}, this version writes {}: upgraded (its "
                        + "trend cube made from its rows; where columns were added, it is filled again from the start "
                        + "of the change feed and answers meanwhile, the new columns empty on the rows not read again "
                        + "yet)", file.getFileName(), found, AnalyticsSchema.VERSION);
            }
        }
        catch (SQLException | RuntimeException e) {
            opened.close();
            throw e;
        }
        connection = opened;
        open = file;
        files.deleteSuperseded(file);
        return connection;
    }

    private Path createEmpty() throws SQLException, IOException {
        Path building = files.newBuildFile();
        try (DuckDBConnection c = open(building)) {
            AnalyticsSchema.prepare(c);
        }
        return files.publish(building);
    }

    /** Opens a DuckDB file with the node's settings (memory limit, threads). */
    DuckDBConnection open(Path file) throws SQLException {
        Properties config = new Properties();
        if (properties.memoryLimit() != null) {
            config.setProperty("memory_limit", properties.memoryLimit().toMegabytes() + "MB");
        }
        if (properties.threads() > 0) {
            config.setProperty("threads", Integer.toString(properties.threads()));
        }
        // the driver itself rather than DriverManager, which may not see drivers inside the executable jar
        Connection c = DRIVER.connect("jdbc:duckdb:" + file.toAbsolutePath(), config);
        if (c == null) {
            throw new SQLException("DuckDB does not open " + file);
        }
        return c.unwrap(DuckDBConnection.class);
    }

    private void close() throws SQLException {
        if (connection != null) {
            DuckDBConnection closing = connection;
            connection = null;
            open = null;
            closing.close();
        }
    }

    @Override
    public void destroy() throws SQLException {
        lock.lock();
        try {
            close();
        }
        finally {
            lock.unlock();
        }
    }
}
