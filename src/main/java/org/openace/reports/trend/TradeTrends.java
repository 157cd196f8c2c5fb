package org.openace.reports.trend;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openace.analytics.AnalyticsReads;
import org.openace.identity.UserId;
import org.openace.platform.web.ChartTable;
import org.openace.reports.catalog.ReportQuery;
import org.openace.reports.run.EntitledRows;
import org.springframework.stereotype.Component;

/**
 * A trade user's own trends, over the data their reports right reaches (narrowed inside each DuckDB query, as their
 * reports are): goods value, duty and entries by month of entry date over the last twelve months and this one, and
 * the largest HTS chapters, countries of origin, ports of entry and importers (masked) by goods value. Chapter 99
 * numbers are left out of the figures by chapter and country: they are stacked on a commodity number whose line
 * already counts the goods.
 */
@Component
public class TradeTrends {

    /** How many of the largest groups the top tables show. */
    static final int TOP = 10;

    private static final List<String> FIGURES = List.of("Goods value (USD)", "Duty (USD)", "Entries");

    private final AnalyticsReads reads;
    private final EntitledRows entitled;

    TradeTrends(AnalyticsReads reads, EntitledRows entitled) {
        this.reads = reads;
        this.entitled = entitled;
    }

    /** The period the trends cover: the first day of the month a year ago, to today. */
    public record Period(LocalDate from, LocalDate to) {

        static Period endingOn(LocalDate today) {
            return new Period(YearMonth.from(today).minusMonths(12).atDay(1), today);
        }
    }

    /** The charts of a user's trends, or empty where they hold the reports right nowhere. */
    public Optional<List<ChartTable>> of(UserId user, LocalDate today) throws SQLException, IOException {
        List<EntitledRows.Row> scope = entitled.of(user);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Period period = Period.endingOn(today);
        return Optional.of(reads.read(duck -> {
            EntitledRows.write(duck, scope);
            List<ChartTable> charts = new ArrayList<>();
            charts.add(months(duck, period));
            charts.add(top(duck, period, "trade-chapters", "Top HTS chapters", "HTS chapter",
                    "es_line_tariff", "left(t.hts_number, 2)", "not starts_with(t.hts_number, '99')"));
            charts.add(top(duck, period, "trade-countries", "Top countries of origin", "Country of origin",
                    "es_line_tariff", "t.country_of_origin", "not starts_with(t.hts_number, '99')"));
            charts.add(top(duck, period, "trade-ports", "Top ports of entry", "Port of entry", "es_summary",
                    "t.port_of_entry", "true"));
            charts.add(top(duck, period, "trade-importers", "Top importers", "Importer number (masked)",
                    "es_summary", "t.importer_number", "true"));
            return charts;
        }));
    }

    /** Only the trend by month (the home page's chart), or empty where they hold the reports right nowhere. */
    public Optional<ChartTable> monthsOf(UserId user, LocalDate today) throws SQLException, IOException {
        List<EntitledRows.Row> scope = entitled.of(user);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reads.read(duck -> {
            EntitledRows.write(duck, scope);
            return months(duck, Period.endingOn(today));
        }));
    }

    private static ChartTable months(Connection duck, Period period) throws SQLException {
        String sql = "select strftime(t.entry_date, '%Y-%m') as label, sum(t.entered_value) as value, "
                + "sum(t.duty) as duty, count(*) as entries from es_summary t "
                + "where t.entry_date between ? and ? and " + ReportQuery.VISIBLE + " group by label order by label";
        List<ChartTable.Row> rows = new ArrayList<>();
        try (PreparedStatement statement = duck.prepareStatement(sql)) {
            statement.setObject(1, period.from());
            statement.setObject(2, period.to());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    YearMonth month = YearMonth.parse(rs.getString("label"));
                    rows.add(new ChartTable.Row(month.toString(), null, cells(rs), "Entries",
                            "/entries?entryFrom=" + month.atDay(1) + "&entryTo=" + month.atEndOfMonth()));
                }
            }
        }
        return new ChartTable("trade-months", "line", "Your imports by month",
                "Goods value, duty and entries by month of entry date, " + period.from() + " to " + period.to(),
                "Goods value by month of entry date, " + period.from() + " to " + period.to() + ", as a line chart.",
                headers("Month"), 1, "Entries of the month", rows);
    }

    private static ChartTable top(Connection duck, Period period, String id, String title, String dimension,
                                  String table, String key, String condition) throws SQLException {
        // key, table and condition are this class's constants, never a user's text
        String entries = table.equals("es_summary") ? "count(*)" : "count(distinct t.entry_key)";
        String value = table.equals("es_summary") ? "t.entered_value" : "t.goods_value";
        String grouped = "select " + key + " as label, sum(" + value + ") as value, sum(t.duty) as duty, " + entries
                + " as entries from " + table + " t where t.entry_date between ? and ? and " + condition + " and "
                + ReportQuery.VISIBLE + " group by label";
        String sql = "select label, value, duty, entries, count(*) over () as groups from (" + grouped + ") g "
                + "order by value desc, label limit " + TOP;
        List<ChartTable.Row> rows = new ArrayList<>();
        long groups = 0;
        try (PreparedStatement statement = duck.prepareStatement(sql)) {
            statement.setObject(1, period.from());
            statement.setObject(2, period.to());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    groups = rs.getLong("groups");
                    rows.add(new ChartTable.Row(rs.getString("label"), null, cells(rs), null, null));
                }
            }
        }
        String cut = groups > rows.size() ? " (the " + rows.size() + " largest of " + groups + ")" : "";
        return new ChartTable(id, "bar", title, "Figures by " + dimension.toLowerCase(Locale.ROOT)
                + ", largest goods value first, " + period.from() + " to " + period.to() + cut,
                "Goods value by " + dimension.toLowerCase(Locale.ROOT) + ", as a bar chart.", headers(dimension), 1,
                null, rows);
    }

    private static List<String> headers(String first) {
        List<String> headers = new ArrayList<>();
        headers.add(first);
        headers.addAll(FIGURES);
        return headers;
    }

    private static List<ChartTable.Cell> cells(ResultSet rs) throws SQLException {
        return List.of(ChartTable.Cell.money(rs.getBigDecimal("value")),
                ChartTable.Cell.money(rs.getBigDecimal("duty")), ChartTable.Cell.count(rs.getLong("entries")));
    }

}
