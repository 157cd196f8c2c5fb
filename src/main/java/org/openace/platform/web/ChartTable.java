package org.openace.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A table of figures that a page shows with a chart drawn from it ({@code templates/fragments/chart.html} and
 * {@code static/js/charts.js}): the table is the chart's text equivalent and what a browser without JavaScript shows.
 * The chart is drawn from the first column (the categories, in row order) and the numbers of column
 * {@code chartColumn} (each cell's {@code value}, a plain decimal number; {@code shown} is what the table displays).
 *
 * @param id          the table's element id, unique in the page
 * @param kind        {@code line} (a trend over time) or {@code bar} (a comparison)
 * @param title       the heading above the chart and table
 * @param caption     the table's caption (says when only the largest groups are shown)
 * @param chartLabel  what the chart shows, in a sentence (its accessible name)
 * @param headers     the column headers, the first one the categories'
 * @param chartColumn the index (1 or more) of the column the chart draws
 * @param linkHeader  the header of a last column of links per row; null for none
 * @param rows        the rows
 */
public record ChartTable(String id, String kind, String title, String caption, String chartLabel,
                         List<String> headers, int chartColumn, @Nullable String linkHeader, List<Row> rows) {

    public ChartTable {
        if (!kind.equals("line") && !kind.equals("bar")) {
            throw new IllegalArgumentException("A chart is a line or a bar chart, not " + kind);
        }
        if (chartColumn < 1 || chartColumn >= headers.size()) {
            throw new IllegalArgumentException("No column " + chartColumn + " among " + headers);
        }
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * A row: its category (with a link to drill down, or none), its cells, and a link of the last column.
     */
    public record Row(String label, @Nullable String labelHref, List<Cell> cells, @Nullable String linkText,
                      @Nullable String linkHref) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A number as the table shows it and as the chart reads it. */
    public record Cell(String shown, String value) {

        /** An amount of money: shown with thousands separators and cents, read by the chart as its plain digits. */
        public static Cell money(BigDecimal amount) {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
            return new Cell(format.format(amount), amount.toPlainString());
        }

        /** A count: shown with thousands separators. */
        public static Cell count(long count) {
            return new Cell(String.format(Locale.US, "%,d", count), Long.toString(count));
        }
    }
}
