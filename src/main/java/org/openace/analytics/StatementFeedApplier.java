package org.openace.analytics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openace.payment.StatementChangeFeed.ChangedStatement;
import org.openace.payment.StatementChangeFeed.Position;

/**
 * Applies a page of the statement feed to a store in one DuckDB transaction, as {@link FeedApplier} applies entries:
 * the statements' old rows deleted, their rows as they stand now appended, and the statement feed's position written,
 * all committed together or not at all, so that the store always equals what a rebuild up to its position holds.
 */
final class StatementFeedApplier {

    private StatementFeedApplier() {
    }

    static void apply(DuckDBConnection connection, List<ChangedStatement> statements, Position next)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement begin = connection.createStatement()) {
                // the transaction begins at the first statement, before the appenders (as in FeedApplier)
                begin.execute("delete from feed_batch");
            }
            if (!statements.isEmpty()) {
                String schema = DuckDBConnection.DEFAULT_SCHEMA;
                try (DuckDBAppender batch = connection.createAppender(schema, AnalyticsSchema.FEED_BATCH)) {
                    for (ChangedStatement statement : statements) {
                        batch.beginRow().append(statement.statementNumber()).endRow();
                    }
                    batch.flush();
                }
                try (Statement delete = connection.createStatement()) {
                    delete.executeUpdate("delete from " + AnalyticsSchema.STATEMENTS
                            + " where statement_number in (select entry_number from feed_batch)");
                    delete.execute("delete from feed_batch");
                }
                try (DuckDBAppender rows = connection.createAppender(schema, AnalyticsSchema.STATEMENTS)) {
                    for (ChangedStatement s : statements) {
                        rows.beginRow().append(s.statementNumber()).append(s.kind()).append(s.filerCode())
                                .append(s.statementDate()).append(s.status()).append(s.entryCount())
                                .append(FeedApplier.money(s.duty())).append(FeedApplier.money(s.tax()))
                                .append(FeedApplier.money(s.fees())).append(FeedApplier.money(s.other()))
                                .append(FeedApplier.money(s.total())).append(s.monthlyStatementNumber())
                                .append(s.preliminaryDate()).append(s.paymentDue()).append(s.importerNumber())
                                .append(s.paymentMethod()).append(s.payerUnitNumber()).append(s.paidOn())
                                .append(s.importerSubAccount()).append(s.importerIdentifier())
                                .append(s.filerSubAccount()).append(s.filerIdentifier()).append((String) null)
                                .endRow();
                    }
                    rows.flush(); // here, not in close(), which would drop a failure to write
                }
            }
            try (PreparedStatement position = connection.prepareStatement("update feed_state set transaction_id = ?, "
                    + "entry_number = ?, applied_at = current_timestamp::timestamp where id = "
                    + AnalyticsSchema.STATEMENT_FEED)) {
                position.setLong(1, next.transaction());
                position.setString(2, next.statementNumber());
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

    /** The position the store's statements stand at. */
    static Position position(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select transaction_id, entry_number from feed_state where id = "
                     + AnalyticsSchema.STATEMENT_FEED)) {
            return rs.next() ? new Position(rs.getLong(1), rs.getString(2)) : Position.START;
        }
    }
}
