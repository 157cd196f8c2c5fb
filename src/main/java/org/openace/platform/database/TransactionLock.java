package org.openace.platform.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL advisory lock named by text, held until the calling transaction ends: serializes the changes of one
 * thing (a filer's statements of a day, an importer number's options) across every node, without a row to lock. The
 * name is hashed to the lock's 64-bit key ({@code hashtextextended}); two names that hash alike only wait for each
 * other, never share a change.
 */
public final class TransactionLock {

    private TransactionLock() {
    }

    /** Waits for and holds the lock named {@code openace.<name>}; must be called inside a transaction. */
    public static void hold(JdbcClient jdbc, String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("openace." + name)
                .query((rs, n) -> 1).list();
    }

    /**
     * Waits for and holds the lock named {@code openace.<name>} shared: holders of the shared lock do not wait for
     * one another, only for (and then keep out) a holder of the lock itself; must be called inside a transaction.
     */
    public static void holdShared(JdbcClient jdbc, String name) {
        jdbc.sql("select pg_advisory_xact_lock_shared(hashtextextended(?, 0))").param("openace." + name)
                .query((rs, n) -> 1).list();
    }

    /**
     * Holds the lock named {@code openace.<name>} if no one else holds it, shared or not, without waiting; must be
     * called inside a transaction.
     *
     * @return whether this transaction now holds it
     */
    public static boolean tryHold(JdbcClient jdbc, String name) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))").param("openace." + name)
                .query(Boolean.class).single();
    }
}
