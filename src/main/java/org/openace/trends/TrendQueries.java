package org.openace.trends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openace.analytics.AnalyticsReads;
import org.openace.analytics.TrendCube;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The trend questions as SQL on the analytics store: sums computed by DuckDB on DECIMAL, grouped by one
 * {@link TrendDimension}. National questions (no agreement's scope) whose HTS filter is a chapter, heading or
 * subheading other than Chapter 99 are asked of the store's {@link TrendCube}, whose cells hold the same sums and
 * counts with each entry counted once per group by a representative row; the others (a partner agency's agreement of
 * several prefixes, Chapter 99's own lines) of {@code es_line_tariff}, with distinct counts where needed. Both answer
 * alike to the unit (a test compares them on generated data). The text of every query is assembled from fixed pieces
 * only (the dimension's expression, one placeholder per filter set and per agreement prefix); the filters' values are
 * parameters. A partner agency's scope is a condition of the same WHERE clause, so no row outside its agreement is
 * ever summed. No query reads an importer column.
 */
@Component
class TrendQueries {

    private final AnalyticsReads reads;
    private final boolean cube;

    @Autowired
    TrendQueries(AnalyticsReads reads) {
        this(reads, true);
    }

    private TrendQueries(AnalyticsReads reads, boolean cube) {
        this.reads = reads;
        this.cube = cube;
    }

    /** The same questions always asked of the tariff ordinals, never of the cube (to compare them). */
    TrendQueries ordinalsOnly() {
        return new TrendQueries(reads, false);
    }

    /** Whether the cube answers the question exactly. */
    private boolean fromCube(TrendFilter filter, TrendScope scope) {
        return cube && scope.htsPrefixes() == null && (filter.hts() == null || !filter.hts().startsWith("99"));
    }

    /** The figures by the dimension, the largest {@code limit} groups (months: all, in order). */
    TrendTable by(TrendDimension dimension, TrendFilter filter, TrendScope scope, int limit) {
        Where where = Where.of(filter, scope);
        String measures;
        String table;
        if (fromCube(filter, scope)) {
            table = TrendCube.TABLE;
            measures = "sum(goods_value) as v, sum(duty) as d, sum(lines) as l, sum("
                    + TrendCube.entries(Math.max(dimension.htsDigits(), filter.htsDigits()),
                    dimension == TrendDimension.COUNTRY || filter.country() != null) + ") as e";
        }
        else {
            table = "es_line_tariff";
            measures = "sum(goods_value) as v, sum(duty) as d, " + lines(filter, scope) + " as l, "
                    + (dimension.entryLevel() ? entries(filter, scope) : "count(distinct entry_key)") + " as e";
        }
        String grouped = "select " + dimension.expression() + " as k, " + measures + ", count(*) over () as g from "
                + table + " where " + where.sql() + " group by k";
        String sql = "select " + dimension.label() + " as k, v, d, l, e, g from (" + grouped + ") grouped order by "
                + dimension.order() + " limit ?";
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        return read(connection -> {
            List<TrendRow> rows = new ArrayList<>();
            long groups = 0;
            try (PreparedStatement statement = prepared(connection, sql, parameters);
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new TrendRow(result.getString("k"), money(result.getBigDecimal("v")),
                            money(result.getBigDecimal("d")), result.getLong("l"), result.getLong("e")));
                    groups = result.getLong("g");
                }
            }
            return new TrendTable(dimension, rows, groups);
        });
    }

    /** The figures of everything the filter and scope select. */
    TrendRow totals(TrendFilter filter, TrendScope scope) {
        Where where = Where.of(filter, scope);
        String sql = fromCube(filter, scope)
                ? "select coalesce(sum(goods_value), 0) as v, coalesce(sum(duty), 0) as d, coalesce(sum(lines), 0) "
                        + "as l, coalesce(sum(" + TrendCube.entries(filter.htsDigits(), filter.country() != null)
                        + "), 0) as e from " + TrendCube.TABLE + " where " + where.sql()
                : "select coalesce(sum(goods_value), 0) as v, coalesce(sum(duty), 0) as d, "
                        + lines(filter, scope) + " as l, " + entries(filter, scope) + " as e "
                        + "from es_line_tariff where " + where.sql();
        return read(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, where.parameters());
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return new TrendRow("", money(result.getBigDecimal("v")), money(result.getBigDecimal("d")),
                        result.getLong("l"), result.getLong("e"));
            }
        });
    }

    /** The month of the latest entry date within the scope, if the store holds any row of it. */
    Optional<YearMonth> latestMonth(TrendScope scope) {
        Where where = Where.scopeOnly(scope);
        String sql = "select strftime(max(entry_date), '%Y-%m') from "
                + (cube && scope.htsPrefixes() == null ? TrendCube.TABLE : "es_line_tariff") + " where " + where.sql();
        return read(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, where.parameters());
                 ResultSet result = statement.executeQuery()) {
                result.next();
                String month = result.getString(1);
                return Optional.ofNullable(month).map(YearMonth::parse);
            }
        });
    }

    /**
     * The count of tariff lines among the rows selected. Every line has exactly one commodity number (the others are
     * Chapter 99 numbers stacked on it: {@code EntryLine} refuses anything else), so counting the commodity rows
     * counts each line once without a distinct count, except where only Chapter 99 numbers are selected.
     */
    static String lines(TrendFilter filter, TrendScope scope) {
        boolean chapter99 = filter.hts() != null && filter.hts().startsWith("99")
                || scope.htsPrefixes() != null && scope.htsPrefixes().stream().anyMatch(p -> p.startsWith("99"));
        return chapter99 ? "count(distinct (entry_number, line_number))"
                : "count(*) filter (where not starts_with(hts_number, '99'))";
    }

    /**
     * The count of entries among the rows selected. Where nothing narrows the rows below the entry (no HTS or
     * country filter, no agreement), every entry has its line 1 among them, with one commodity row: counting those
     * counts each entry once without a distinct count. Otherwise (or grouped by a line's HTS or country) a distinct
     * count of the entries' integer keys ({@code entry_key}, one per entry number).
     */
    static String entries(TrendFilter filter, TrendScope scope) {
        boolean wholeEntries = filter.hts() == null && filter.country() == null && scope.htsPrefixes() == null;
        return wholeEntries ? "count(*) filter (where line_number = 1 and not starts_with(hts_number, '99'))"
                : "count(distinct entry_key)";
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private <T> T read(AnalyticsReads.Reading<T> work) {
        try {
            return reads.read(work);
        } catch (SQLException e) {
            throw new IllegalStateException("Trend query failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WHERE clause of a question: fixed text with a placeholder per value. */
    record Where(String sql, List<Object> parameters) {

        static Where of(TrendFilter filter, TrendScope scope) {
            StringBuilder sql = new StringBuilder("entry_date >= cast(? as date) and entry_date < cast(? as date)");
            List<Object> parameters = new ArrayList<>();
            parameters.add(filter.from().atDay(1).toString());
            parameters.add(filter.to().plusMonths(1).atDay(1).toString());
            if (filter.hts() != null) {
                sql.append(" and starts_with(hts_number, ?)");
                parameters.add(filter.hts());
            }
            if (filter.country() != null) {
                sql.append(" and country_of_origin = ?");
                parameters.add(filter.country());
            }
            if (filter.port() != null) {
                sql.append(" and port_of_entry = ?");
                parameters.add(filter.port());
            }
            if (filter.entryType() != null) {
                sql.append(" and entry_type = ?");
                parameters.add(filter.entryType());
            }
            Where scoped = scopeOnly(scope);
            sql.append(" and ").append(scoped.sql());
            parameters.addAll(scoped.parameters());
            return new Where(sql.toString(), parameters);
        }

        static Where scopeOnly(TrendScope scope) {
            List<String> prefixes = scope.htsPrefixes();
            if (prefixes == null) {
                return new Where("true", List.of());
            }
            if (prefixes.isEmpty()) {
                return new Where("false", List.of());
            }
            return new Where("(" + String.join(" or ", prefixes.stream().map(p -> "starts_with(hts_number, ?)")
                    .toList()) + ")", new ArrayList<Object>(prefixes));
        }
    }
}
