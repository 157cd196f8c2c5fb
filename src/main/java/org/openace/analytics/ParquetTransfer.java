package org.openace.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import org.openace.filing.EntryChangeFeed;
import org.openace.filing.EntryChangeFeed.Position;
import org.springframework.stereotype.Component;

/**
 * The store as Parquet files, for the engines that read a folder of them (Trino, Spark, DuckDB itself) and to seed
 * a node. An export folder holds {@code es_summary/} and {@code es_line_tariff/}, each partitioned by the month of
 * the entry date in Hive's layout ({@code year=2026/month=9/data_0.parquet}; the partition columns are in the folder
 * names only, as Hive and the engines that follow it expect), {@code st_statement/} (the statements, by the month of
 * the statement date) and {@code feed_state.parquet}, the entry feed position the rows stand at. An import takes the
 * entries' rows and reads the statements again from the statement feed (a national month is some 27,000 statements,
 * read in seconds), so that no second position has to be checked against this database. A node seeded from the folder follows the feed from that position: an export seeds nodes of the
 * database it was taken from, and an import refuses a position this database has not reached.
 */
@Component
class ParquetTransfer {

    static final String FEED_STATE_FILE = "feed_state.parquet";

    /** What an export wrote or an import read. */
    record Transferred(Position position, long summaries, long ordinals) {
    }

    private final AnalyticsStore store;
    private final StoreFiles files;
    private final EntryChangeFeed feed;

    ParquetTransfer(AnalyticsStore store, EntryChangeFeed feed) {
        this.store = store;
        this.files = store.files();
        this.feed = feed;
    }

    /** Writes the store the connection holds into {@code folder}, which must be missing or empty. */
    Transferred export(DuckDBConnection connection, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // one snapshot for the three files
        try (Statement s = connection.createStatement()) {
            for (String table : AnalyticsSchema.REPORT_TABLES) {
                String columns = table.equals(AnalyticsSchema.SUMMARIES) ? AnalyticsSchema.SUMMARY_COLUMNS
                        : AnalyticsSchema.ORDINAL_COLUMNS;
                s.execute("copy (select " + columns + ", year(entry_date) as year, month(entry_date) as month from "
                        + table + ") to " + literal(folder.resolve(table))
                        + " (format parquet, partition_by (year, month))");
            }
            s.execute("copy (select " + AnalyticsSchema.STATEMENT_COLUMNS + ", year(statement_date) as year, "
                    + "month(statement_date) as month from " + AnalyticsSchema.STATEMENTS + ") to "
                    + literal(folder.resolve(AnalyticsSchema.STATEMENTS))
                    + " (format parquet, partition_by (year, month))");
            s.execute("copy (select transaction_id, entry_number from feed_state where id = 1) to "
                    + literal(folder.resolve(FEED_STATE_FILE)) + " (format parquet)");
            Transferred written = new Transferred(FeedApplier.position(connection), count(s, AnalyticsSchema.SUMMARIES),
                    count(s, AnalyticsSchema.ORDINALS));
            connection.commit();
            return written;
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Builds a new store from an export folder and makes it the one in use.
     *
     * @throws IllegalArgumentException when the folder is not an export, or an export of another database
     */
    Transferred importFrom(Path folder) throws SQLException, IOException {
        Path state = folder.resolve(FEED_STATE_FILE);
        if (!Files.isRegularFile(state)) {
            throw new IllegalArgumentException(folder + " is not an export of the analytics store (it has no "
                    + FEED_STATE_FILE + ")");
        }
        Path building = files.newBuildFile();
        try {
            Transferred read;
            try (DuckDBConnection c = store.open(building); Statement s = c.createStatement()) {
                AnalyticsSchema.prepare(c);
                Position position;
                try (ResultSet rs = s.executeQuery("select transaction_id, entry_number from read_parquet("
                        + literal(state) + ")")) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException(state + " holds no feed position");
                    }
                    position = new Position(rs.getLong(1), rs.getString(2));
                }
                if (!feed.reached(position)) {
                    throw new IllegalArgumentException("The export in " + folder + " stands at a point of the change "
                            + "feed this database has not reached: it was taken from another database");
                }
                boolean older = false;
                for (String table : AnalyticsSchema.REPORT_TABLES) {
                    Path source = folder.resolve(table);
                    if (!hasParquet(source)) {
                        continue; // an empty table exports no file
                    }
                    String files = "read_parquet(" + literal(source.resolve("**").resolve("*.parquet"))
                            + ", hive_partitioning = false)";
                    List<String> wanted = Arrays.asList((table.equals(AnalyticsSchema.SUMMARIES)
                            ? AnalyticsSchema.SUMMARY_COLUMNS : AnalyticsSchema.ORDINAL_COLUMNS).split(", "));
                    Set<String> present = columnsOf(s, files);
                    // an export of an older version lacks the columns added since: they are filled by the feed
                    List<String> columns = wanted.stream().filter(present::contains).toList();
                    older |= columns.size() < wanted.size();
                    String list = String.join(", ", columns);
                    s.execute("insert into " + table + " (" + list + ") select " + list + " from " + files);
                }
                TrendCube.build(s);
                s.execute("update feed_state set transaction_id = " + position.transaction() + ", entry_number = "
                        + literal(position.entryNumber()) + ", applied_at = current_timestamp::timestamp where id = 1");
                if (older) {
                    AnalyticsSchema.fillAgainFromTheStart(s);
                }
                read = new Transferred(position, count(s, AnalyticsSchema.SUMMARIES),
                        count(s, AnalyticsSchema.ORDINALS));
                s.execute("checkpoint");
            }
            files.publish(building);
            return read;
        }
        finally {
            StoreFiles.delete(building); // gone already when published
        }
    }

    private static Set<String> columnsOf(Statement s, String files) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = s.executeQuery("select column_name from (describe select * from " + files + ")")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static boolean hasParquet(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A path or text as an SQL string literal (DuckDB's COPY and read_parquet take no parameters for paths). */
    static String literal(Path path) {
        return literal(path.toAbsolutePath().toString());
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
