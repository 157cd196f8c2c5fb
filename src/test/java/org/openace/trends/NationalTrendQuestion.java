package org.openace.trends;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openace.analytics.AnalyticsReads;
import org.openace.analytics.TrendCube;

/**
 * The question of issue 10's X6 benchmark (tests only): value and duty (and tariff lines) by month of entry date and
 * country of origin, over a range of entry dates, for one HTS chapter or for all, asked of the analytics store
 * (DuckDB, through {@link AnalyticsReads} as the trends module reads it, with the trends module's HTS condition) and of
 * PostgreSQL's copy of the same rows ({@value NationalTrendData#TABLE}, by its stored chapter column, which its index
 * leads with). Both answers come back as the same map, so that they can be compared to the cent.
 */
final class NationalTrendQuestion {

    /** One month and country's figures. */
    record Cell(BigDecimal value, BigDecimal duty, long lines) {

        boolean sameAs(Cell other) {
            return value.compareTo(other.value) == 0 && duty.compareTo(other.duty) == 0 && lines == other.lines;
        }
    }

    private static final String DUCKDB = "select date_trunc('month', entry_date) as m, country_of_origin as c, "
            + "sum(goods_value) as v, sum(duty) as d, count(*) as n from es_line_tariff "
            + "where entry_date >= cast(? as date) and entry_date < cast(? as date)%s group by m, c order by m, c";
    /** The same from the store's trend cube (its cells are months: the range must be whole months). */
    private static final String CUBE = "select entry_date as m, country_of_origin as c, sum(goods_value) as v, "
            + "sum(duty) as d, sum(ordinals) as n from " + TrendCube.TABLE + " "
            + "where entry_date >= cast(? as date) and entry_date < cast(? as date)%s group by m, c order by m, c";
    private static final String POSTGRES = "select date_trunc('month', entry_date)::date as m, "
            + "country_of_origin as c, sum(goods_value) as v, sum(duty) as d, count(*) as n from "
            + NationalTrendData.TABLE + " where entry_date >= cast(? as date) and entry_date < cast(? as date)%s "
            + "group by m, c order by m, c";

    private final LocalDate from;
    private final LocalDate until;
    private final @Nullable String chapter;

    /**
     * @param from    the first entry date
     * @param until   the day after the last
     * @param chapter an HTS chapter (2 digits), or null for all
     */
    NationalTrendQuestion(LocalDate from, LocalDate until, @Nullable String chapter) {
        this.from = from;
        this.until = until;
        this.chapter = chapter;
    }

    String described() {
        return "Value and duty by month and country of origin, " + (chapter == null ? "all HTS chapters"
                : "HTS chapter " + chapter);
    }

    Map<String, Cell> duckdb(AnalyticsReads reads) throws Exception {
        String sql = DUCKDB.formatted(chapter == null ? "" : " and starts_with(hts_number, ?)");
        return reads.read(c -> answer(c, sql));
    }

    /** The same question of the store's trend cube, as the trends page asks national questions. */
    Map<String, Cell> cube(AnalyticsReads reads) throws Exception {
        if (from.getDayOfMonth() != 1 || until.getDayOfMonth() != 1) {
            throw new IllegalStateException("The cube answers whole months only");
        }
        String sql = CUBE.formatted(chapter == null ? "" : " and starts_with(hts_number, ?)");
        return reads.read(c -> answer(c, sql));
    }

    Map<String, Cell> postgres(Connection connection) throws SQLException {
        return answer(connection, POSTGRES.formatted(chapter == null ? "" : " and hts_chapter = ?"));
    }

    /** PostgreSQL's plan of the question, run ({@code EXPLAIN (ANALYZE, BUFFERS)}). */
    List<String> postgresPlan(Connection connection) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement statement = prepared(connection, "explain (analyze, buffers) "
                + POSTGRES.formatted(chapter == null ? "" : " and hts_chapter = ?"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    private Map<String, Cell> answer(Connection connection, String sql) throws SQLException {
        Map<String, Cell> cells = new LinkedHashMap<>();
        try (PreparedStatement statement = prepared(connection, sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                cells.put(rs.getString("m").substring(0, 7) + " " + rs.getString("c"),
                        new Cell(rs.getBigDecimal("v"), rs.getBigDecimal("d"), rs.getLong("n")));
            }
        }
        return cells;
    }

    private PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, from.toString());
        statement.setString(2, until.toString());
        if (chapter != null) {
            statement.setString(3, chapter);
        }
        return statement;
    }

    /** The first difference between two answers, or null when they are the same to the cent. */
    static @Nullable String difference(Map<String, Cell> duckdb, Map<String, Cell> postgres) {
        if (!duckdb.keySet().equals(postgres.keySet())) {
            List<String> onlyDuck = new ArrayList<>(duckdb.keySet());
            onlyDuck.removeAll(postgres.keySet());
            List<String> onlyPostgres = new ArrayList<>(postgres.keySet());
            onlyPostgres.removeAll(duckdb.keySet());
            return "groups differ: only in DuckDB " + onlyDuck + ", only in PostgreSQL " + onlyPostgres;
        }
        for (Map.Entry<String, Cell> cell : duckdb.entrySet()) {
            Cell other = Objects.requireNonNull(postgres.get(cell.getKey()));
            if (!cell.getValue().sameAs(other)) {
                return cell.getKey() + ": DuckDB " + cell.getValue() + ", PostgreSQL " + other;
            }
        }
        return null;
    }

    /** The whole answer summed: groups, value, duty, lines. */
    static String summed(Map<String, Cell> answer) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal duty = BigDecimal.ZERO;
        long lines = 0;
        for (Cell cell : answer.values()) {
            value = value.add(cell.value());
            duty = duty.add(cell.duty());
            lines += cell.lines();
        }
        return String.format(java.util.Locale.ROOT, "%,d groups, value %,.2f, duty %,.2f, %,d tariff lines",
                answer.size(), value, duty, lines);
    }
}
