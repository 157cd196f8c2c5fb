package org.openace.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Position;
import org.openace.filing.EntryChangeFeed.ReportedOrdinal;

/**
 * Applies a page of the change feed to a store in one DuckDB transaction: the entries' old rows are deleted (what
 * they brought to the {@link TrendCube} taken away), their rows as they stand now appended (DuckDB's appender) and
 * added to the cube, and the feed position the rows now stand at written, all committed together or not at all. A failure part-way (a crash, a value the store refuses) leaves the store as it
 * was before the page: the same page is read and applied again on the next poll, so the store always equals what a
 * rebuild up to its position would hold.
 */
final class FeedApplier {

    private FeedApplier() {
    }

    /** Applies the entries and moves the store's position to {@code next}, atomically. */
    static void apply(DuckDBConnection connection, List<ChangedEntry> entries, Position next) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement begin = connection.createStatement()) {
                // DuckDB's JDBC driver begins the transaction at the first statement: an appender used before one
                // writes outside the transaction, committed on its own and kept by a rollback
                begin.execute("delete from feed_batch");
            }
            if (!entries.isEmpty()) {
                replace(connection, entries);
            }
            try (PreparedStatement position = connection.prepareStatement("update feed_state set transaction_id = ?, "
                    + "entry_number = ?, applied_at = current_timestamp::timestamp where id = 1")) {
                position.setLong(1, next.transaction());
                position.setString(2, next.entryNumber());
                position.executeUpdate();
            }
            connection.commit();
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The position the store's rows stand at. */
    static Position position(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select transaction_id, entry_number from feed_state where id = 1")) {
            return rs.next() ? new Position(rs.getLong(1), rs.getString(2)) : Position.START;
        }
    }

    private static void replace(DuckDBConnection connection, List<ChangedEntry> entries) throws SQLException {
        String schema = DuckDBConnection.DEFAULT_SCHEMA;
        try (DuckDBAppender batch = connection.createAppender(schema, AnalyticsSchema.FEED_BATCH)) {
            for (ChangedEntry entry : entries) {
                batch.beginRow().append(entry.entryNumber()).endRow();
            }
            batch.flush(); // here, not in close(), which would drop a failure to write
        }
        deleteOldRows(connection);
        try (DuckDBAppender summaries = connection.createAppender(schema, AnalyticsSchema.SUMMARIES);
             DuckDBAppender ordinals = connection.createAppender(schema, AnalyticsSchema.ORDINALS)) {
            for (ChangedEntry entry : entries) {
                appendSummary(summaries, entry);
                for (ReportedOrdinal ordinal : entry.ordinals()) {
                    appendOrdinal(ordinals, entry, ordinal);
                }
            }
            summaries.flush(); // here, not in close(), which would drop a failure to write
            ordinals.flush();
        }
        try (Statement statement = connection.createStatement()) {
            TrendCube.add(statement, "entry_date between date '" + earliest(entries) + "' and date '"
                    + latest(entries) + "' and entry_number in (select entry_number from feed_batch)");
            TrendCube.prune(statement);
            statement.execute("delete from feed_batch");
        }
    }

    private static LocalDate earliest(List<ChangedEntry> entries) {
        return entries.stream().map(ChangedEntry::entryDate).min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate latest(List<ChangedEntry> entries) {
        return entries.stream().map(ChangedEntry::entryDate).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Deletes the rows the store holds for the batch's entries. The ordinals are looked for only within the entry
     * dates their summaries had, so that DuckDB skips the row groups of other months (their min/max); entries new to
     * the store cost one look into the summaries.
     */
    private static void deleteOldRows(DuckDBConnection connection) throws SQLException {
        String from;
        String to;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select min(entry_date)::varchar, max(entry_date)::varchar "
                     + "from es_summary where entry_number in (select entry_number from feed_batch)")) {
            rs.next();
            from = rs.getString(1);
            to = rs.getString(2);
        }
        if (from == null || to == null) {
            return; // none of them is in the store yet
        }
        try (Statement statement = connection.createStatement()) {
            // dates as DuckDB wrote them, read back as dates before they go into the statement
            String rows = "entry_date between date '" + LocalDate.parse(from) + "' and date '" + LocalDate.parse(to)
                    + "' and entry_number in (select entry_number from feed_batch)";
            TrendCube.subtract(statement, rows);
            statement.executeUpdate("delete from es_line_tariff where " + rows);
            statement.executeUpdate("delete from es_summary "
                    + "where entry_number in (select entry_number from feed_batch)");
        }
    }

    private static void appendSummary(DuckDBAppender a, ChangedEntry e) throws SQLException {
        a.beginRow()
                .append(e.entryNumber()).append(e.version()).append(e.status()).append(e.releaseStatus())
                .append(e.entryType()).append(e.filerCode()).append(e.importerDisplay()).append(e.portOfEntry())
                .append(e.entryDate()).append(e.summaryDate()).append(e.modeOfTransport()).append(e.countryOfOrigin())
                .append(e.countryOfExport()).append(e.lineCount())
                .append(money(e.enteredValue())).append(money(e.duty())).append(money(e.tax()))
                .append(money(e.fees())).append(money(e.other())).append(e.liquidationDate())
                .append(e.importerSubAccount()).append(e.importerIdentifier()).append(e.filerSubAccount())
                .append(e.filerIdentifier())
                .append(e.exportDate()).append(e.foreignPortOfLading()).append(e.portOfUnlading())
                .append(e.manufacturerId()).append(e.ultimateConsignee()).append(e.statementNumber())
                .endRow();
    }

    private static void appendOrdinal(DuckDBAppender a, ChangedEntry e, ReportedOrdinal o) throws SQLException {
        a.beginRow()
                .append(e.entryNumber()).append(o.lineNumber()).append(o.ordinal()).append(e.entryType())
                .append(e.importerDisplay()).append(e.portOfEntry()).append(e.entryDate()).append(e.summaryDate())
                .append(o.htsNumber()).append(money(o.enteredValue())).append(money(o.duty())).append(money(o.tax()))
                .append(o.countryOfOrigin()).append(e.countryOfExport()).append(quantity(o.quantity1()))
                .append(o.unit1()).append(e.filerCode()).append(e.status())
                .append(e.importerSubAccount()).append(e.importerIdentifier()).append(e.filerSubAccount())
                .append(e.filerIdentifier())
                .append(o.manufacturerId()).append(o.related()).append(o.dutyRate())
                .append(EntryKey.of(e.entryNumber()))
                .endRow();
    }

    /** An amount in the scale of the store's money columns (amounts are stored to the cent already). */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static @Nullable BigDecimal quantity(@Nullable BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(6, RoundingMode.UNNECESSARY);
    }
}
