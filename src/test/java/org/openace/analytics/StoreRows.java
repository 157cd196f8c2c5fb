package org.openace.analytics;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.duckdb.DuckDBConnection;

/** Reads what a store holds, row by row as text, and waits for a store to get somewhere (tests only). */
final class StoreRows {

    private StoreRows() {
    }

    /** Every row of both report tables and of the trend cube, as text, in a fixed order (to compare two stores). */
    static List<String> all(DuckDBConnection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(query(c, "select 'S', " + AnalyticsSchema.SUMMARY_COLUMNS + " from es_summary"));
        rows.addAll(query(c, "select 'T', " + AnalyticsSchema.ORDINAL_COLUMNS + " from es_line_tariff"));
        rows.addAll(query(c, "select 'C', * from " + TrendCube.TABLE));
        rows.sort(null);
        return rows;
    }

    static List<String> query(DuckDBConnection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static List<String> all(AnalyticsStore store) throws Exception {
        return store.with(StoreRows::all);
    }

    static List<String> query(AnalyticsStore store, String sql) throws Exception {
        return store.with(c -> query(c, sql));
    }

    /** Waits until the condition holds, failing after {@code timeout} (generous: it asserts an outcome, not a speed). */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
