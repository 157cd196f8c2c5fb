package org.openace.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.openace.test.DatabaseOwner;
import org.springframework.context.ApplicationContext;

/**
 * Tampers with the audit trail the way someone with the database's owner or superuser rights could (the portal's own
 * role cannot): with the triggers that keep {@code audit_event} and {@code audit_seal} append-only switched off for
 * one connection ({@code session_replication_role = replica}). Every change returns a {@link Restore} that puts the
 * rows back exactly, so that a test can leave the chain intact for the tests after it. Only for tests that run in an
 * application context of their own.
 */
public final class AuditTampering {

    /** Undoes one tampering. */
    @FunctionalInterface
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private static final String EVENT_COLUMNS = """
            seq, occurred_at, actor_id, actor_name, action, object_type, object_id, outcome, client_address, details,
            previous_hash, hash""";
    private static final String SEAL_COLUMNS = "chain_position, event_seq, previous_hash, hash, sealed_at";

    /** The advisory lock the portal's sealer holds while it seals (AuditSealer). */
    private static final long SEALER_LOCK = 0x0A_CE_A0D17L;

    private final ApplicationContext context;

    public AuditTampering(ApplicationContext context) {
        this.context = context;
    }

    /** Changes an event's action behind the portal's back. */
    public Restore changeAction(long seq, String action) {
        String original = single("select action from audit_event where seq = " + seq);
        withoutTriggers(connection -> update(connection, "update audit_event set action = ? where seq = ?", action, seq));
        return () -> withoutTriggers(connection -> update(connection, "update audit_event set action = ? where seq = ?",
                original, seq));
    }

    /** Removes an event, leaving its seal. */
    public Restore deleteEvent(long seq) {
        Kept event = delete("audit_event", EVENT_COLUMNS, "seq = " + seq, "overriding system value");
        return () -> withoutTriggers(event::reinsert);
    }

    /** Removes the seal of an event, leaving the event. */
    public Restore deleteSeal(long seq) {
        Kept seal = delete("audit_seal", SEAL_COLUMNS, "event_seq = " + seq, "");
        return () -> withoutTriggers(seal::reinsert);
    }

    /** Removes the newest seals and the events they seal, as someone covering their tracks would. */
    public Restore removeNewest(int count) {
        List<Long> seqs = new ArrayList<>();
        query("select event_seq from audit_seal order by chain_position desc limit " + count,
                row -> seqs.add(row.getLong(1)));
        String in = "in (" + String.join(",", seqs.stream().map(String::valueOf).toList()) + ")";
        long firstRemoved = Long.parseLong(single("select min(chain_position) from audit_seal where event_seq " + in));
        Kept seals = delete("audit_seal", SEAL_COLUMNS, "event_seq " + in, "");
        Kept events = delete("audit_event", EVENT_COLUMNS, "seq " + in, "overriding system value");
        return () -> withoutTriggers(connection -> {
            // events the portal sealed since, at the positions freed, go back to the queue to be sealed after these
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into audit_pending (event_seq) select event_seq from audit_seal "
                        + "where chain_position >= " + firstRemoved + " on conflict do nothing");
                statement.executeUpdate("delete from audit_seal where chain_position >= " + firstRemoved);
            }
            events.reinsert(connection);
            seals.reinsert(connection);
        });
    }

    /** Swaps the chain positions of two events' seals. */
    public Restore swapSeals(long firstSeq, long secondSeq) {
        Work swap = connection -> {
            long first = Long.parseLong(single(connection, "select chain_position from audit_seal where event_seq = " + firstSeq));
            long second = Long.parseLong(single(connection, "select chain_position from audit_seal where event_seq = " + secondSeq));
            update(connection, "update audit_seal set chain_position = ? where event_seq = ?", -1L, firstSeq);
            update(connection, "update audit_seal set chain_position = ? where event_seq = ?", first, secondSeq);
            update(connection, "update audit_seal set chain_position = ? where event_seq = ?", second, firstSeq);
        };
        withoutTriggers(swap);
        return () -> withoutTriggers(swap);
    }

    /** Rows deleted, kept (as jsonb) to be put back exactly. */
    private record Kept(String table, String columns, String overriding, List<String> rows) {

        void reinsert(Connection connection) throws SQLException {
            for (String row : rows) {
                try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (" + columns + ") "
                        + overriding + " select " + columns + " from jsonb_populate_record(null::" + table + ", ?::jsonb)")) {
                    insert.setString(1, row);
                    insert.executeUpdate();
                }
            }
        }
    }

    private Kept delete(String table, String columns, String where, String overriding) {
        List<String> kept = new ArrayList<>();
        query("select to_jsonb(t)::text from (select " + columns + " from " + table + " where " + where + ") t",
                row -> kept.add(row.getString(1)));
        if (kept.isEmpty()) {
            throw new IllegalStateException("No " + table + " row where " + where);
        }
        withoutTriggers(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from " + table + " where " + where);
            }
        });
        return new Kept(table, columns, overriding, kept);
    }

    private static void update(Connection connection, String sql, Object value, long key) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, value);
            update.setLong(2, key);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No row " + key + " for " + sql);
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowHandler handler) {
        try (Connection connection = DatabaseOwner.connect(context);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                handler.handle(rows);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql) {
        try (Connection connection = DatabaseOwner.connect(context)) {
            return single(connection, sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return rows.getString(1);
        }
    }

    /** Runs the work in one transaction with the append-only triggers (and foreign keys) off. */
    private void withoutTriggers(Work work) {
        try (Connection connection = DatabaseOwner.connect(context)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                statement.execute("select pg_advisory_xact_lock(" + SEALER_LOCK + ")"); // the sealer waits meanwhile
            }
            work.run(connection);
            connection.commit();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
