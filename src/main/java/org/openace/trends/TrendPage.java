package org.openace.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.openace.platform.web.ChartTable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tables (each with its chart) of a trends report, with the drill-down links: a chapter to its headings, a
 * heading to its subheadings (the same page with the HTS filter narrowed), and for customs officers a month to its
 * entries in the entry search ({@code /entries} with that month's entry dates and the filters it understands).
 */
final class TrendPage {

    private static final List<String> FIGURES = List.of("Goods value (USD)", "Duty (USD)", "Tariff lines", "Entries");

    private TrendPage() {
    }

    static List<ChartTable> tables(TrendReport report, boolean entriesLink) {
        TrendFilter filter = report.filter();
        List<ChartTable> tables = new ArrayList<>();
        tables.add(table("trend-months", "line", "Trend over time", report.months(),
                "Goods value, duty, tariff lines and entries by month of entry date, " + filter.from() + " to "
                        + filter.to(), "Goods value by month of entry date, " + filter.from() + " to " + filter.to()
                        + ", as a line chart.",
                row -> null, entriesLink ? "Entries of the month" : null,
                entriesLink ? row -> entriesHref(filter, YearMonth.parse(row.key())) : row -> null));
        TrendTable hts = report.hts();
        String level = hts.dimension().title(); // "HTS chapter", "HTS heading", "HTS subheading"
        tables.add(table("trend-hts", "bar", "By " + level
                        + (filter.hts() == null ? "" : " within " + filter.hts()), hts,
                "Figures by " + level + ", largest goods value first"
                        + cutNote(hts), "Goods value by " + level + ", as a bar chart.",
                hts.dimension() == TrendDimension.SUBHEADING ? row -> null
                        : row -> pageHref(filter.withHts(row.key())), null, row -> null));
        tables.add(table("trend-countries", "bar", "Top countries of origin", report.countries(),
                "Figures by country of origin, largest goods value first" + cutNote(report.countries()),
                "Goods value of the largest countries of origin, as a bar chart.",
                row -> null, null, row -> null));
        tables.add(table("trend-ports", "bar", "Top ports of entry", report.ports(),
                "Figures by port of entry, largest goods value first" + cutNote(report.ports()),
                "Goods value of the largest ports of entry, as a bar chart.", row -> null, null, row -> null));
        return tables;
    }

    /** The entry types, a table without a chart. */
    static TrendTable entryTypes(TrendReport report) {
        return report.entryTypes();
    }

    private static String cutNote(TrendTable table) {
        return table.cut() ? " (the " + table.rows().size() + " largest of " + table.groups() + ")" : "";
    }

    private static ChartTable table(String id, String kind, String title, TrendTable data, String caption,
                                    String chartLabel, Function<TrendRow, @Nullable String> labelHref,
                                    @Nullable String linkHeader, Function<TrendRow, @Nullable String> linkHref) {
        List<String> headers = new ArrayList<>();
        headers.add(data.dimension().title());
        headers.addAll(FIGURES);
        List<ChartTable.Row> rows = data.rows().stream().map(row -> new ChartTable.Row(row.key(), labelHref.apply(row),
                List.of(ChartTable.Cell.money(row.value()), ChartTable.Cell.money(row.duty()),
                        ChartTable.Cell.count(row.lines()), ChartTable.Cell.count(row.entries())),
                linkHeader == null ? null : "Entries", linkHref.apply(row))).toList();
        return new ChartTable(id, kind, title, caption, chartLabel, headers, 1, linkHeader, rows);
    }

    /** The trends page for a filter. */
    static String pageHref(TrendFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/trends").queryParam("from", filter.from())
                .queryParam("to", filter.to());
        Map<String, @Nullable String> optional = new LinkedHashMap<>();
        optional.put("hts", filter.hts());
        optional.put("country", filter.country());
        optional.put("port", filter.port());
        optional.put("type", filter.entryType());
        optional.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        return uri.build().toUriString();
    }

    /** The officer's entry search for the month's entry dates, with the filters the search has too. */
    static String entriesHref(TrendFilter filter, YearMonth month) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/entries").queryParam("entryFrom", month.atDay(1))
                .queryParam("entryTo", month.atEndOfMonth());
        if (filter.hts() != null && filter.hts().length() >= 4) {
            uri.queryParam("hts", filter.hts());
        }
        if (filter.country() != null) {
            uri.queryParam("country", filter.country());
        }
        if (filter.port() != null) {
            uri.queryParam("port", filter.port());
        }
        if (filter.entryType() != null) {
            uri.queryParam("entryType", filter.entryType());
        }
        return uri.build().toUriString();
    }
}
