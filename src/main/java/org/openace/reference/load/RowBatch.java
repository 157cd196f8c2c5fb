package org.openace.reference.load;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts rows with one statement in batches of {@value #SIZE}, counting them. */
final class RowBatch {

    static final int SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> pending = new ArrayList<>(SIZE);
    private int count;

    RowBatch(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    void add(Object... row) {
        pending.add(row);
        count++;
        if (pending.size() == SIZE) {
            flush();
        }
    }

    /** Writes what is pending; returns how many rows were added in all. */
    int finish() {
        flush();
        return count;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            jdbc.batchUpdate(sql, pending);
            pending.clear();
        }
    }
}
