package org.openace.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Tampers with audit rows the way someone with database superuser rights could: with the triggers that keep
 * {@code audit_event} append-only switched off for one connection ({@code session_replication_role = replica}).
 * Every change returns a {@link Restore} that puts the row back exactly, so that a test can leave the chain
 * intact for the tests after it. Only for tests that run in an application context of their own.
 */
final class AuditTampering {

    /** Undoes one tampering. */
    @FunctionalInterface
    interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    AuditTampering(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Changes a row's action behind the portal's back. */
    Restore changeAction(long seq, String action) {
        String original = read(seq).action();
        withoutTriggers(connection -> update(connection, seq, action));
        return () -> withoutTriggers(connection -> update(connection, seq, original));
    }

    /** Removes a row behind the portal's back. */
    Restore delete(long seq) {
        Row row = read(seq);
        withoutTriggers(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from audit_event where seq = ?")) {
                delete.setLong(1, seq);
                if (delete.executeUpdate() != 1) {
                    throw new IllegalStateException("No audit row " + seq);
                }
            }
        });
        return () -> withoutTriggers(connection -> row.insert(connection));
    }

    private static void update(Connection connection, long seq, String action) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update audit_event set action = ? where seq = ?")) {
            update.setString(1, action);
            update.setLong(2, seq);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No audit row " + seq);
            }
        }
    }

    private void withoutTriggers(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            try {
                work.run(connection);
            }
            finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set session_replication_role = origin");
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Row read(long seq) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select seq, occurred_at, actor_id, actor_name, action, object_type, object_id, outcome,
                            client_address, details::text as details, previous_hash, hash
                     from audit_event where seq = ?""")) {
            select.setLong(1, seq);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No audit row " + seq);
                }
                return new Row(result.getLong("seq"), result.getObject("occurred_at", OffsetDateTime.class),
                        result.getObject("actor_id", UUID.class), result.getString("actor_name"),
                        result.getString("action"), result.getString("object_type"), result.getString("object_id"),
                        result.getString("outcome"), result.getString("client_address"), result.getString("details"),
                        result.getBytes("previous_hash"), result.getBytes("hash"));
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(long seq, OffsetDateTime occurredAt, UUID actorId, String actorName, String action,
                       String objectType, String objectId, String outcome, String clientAddress, String details,
                       byte[] previousHash, byte[] hash) {

        void insert(Connection connection) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (seq, occurred_at, actor_id, actor_name, action, object_type, object_id,
                                             outcome, client_address, details, previous_hash, hash)
                    overriding system value
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
                insert.setLong(1, seq);
                insert.setObject(2, occurredAt);
                insert.setObject(3, actorId);
                insert.setString(4, actorName);
                insert.setString(5, action);
                insert.setString(6, objectType);
                insert.setString(7, objectId);
                insert.setString(8, outcome);
                insert.setString(9, clientAddress);
                insert.setString(10, details);
                insert.setBytes(11, previousHash);
                insert.setBytes(12, hash);
                insert.executeUpdate();
            }
        }
    }
}
