package org.openace.reports.adhoc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.Grain;
import org.openace.reports.catalog.ReportPrompts;

/**
 * An ad hoc report as checked: every part an entry of the whitelist, every value parsed into the type of its column
 * (text of its column's shape, a whole number, an amount, a date). Grouped when it has summaries: one row per
 * combination of its columns' values.
 */
record AdHocReport(Grain grain, DateBasis basis, LocalDate from, LocalDate to, List<AdHocColumn> columns,
                   List<Summary> summaries, List<Condition> conditions, List<Sort> sorts) {

    AdHocReport {
        columns = List.copyOf(columns);
        summaries = List.copyOf(summaries);
        conditions = List.copyOf(conditions);
        sorts = List.copyOf(sorts);
    }

    /** A summary of each group: a count, or a function of a column. */
    record Summary(Aggregation aggregation, @Nullable AdHocColumn column) {

        String code() {
            return column == null ? aggregation.name() : aggregation.name() + ":" + column.code();
        }

        String header() {
            return switch (aggregation) {
                case COUNT_ROWS -> "Row Count";
                case COUNT_ENTRIES -> "Entry Summary Count";
                case SUM -> "Sum of " + header(column);
                case MIN -> "Earliest " + header(column);
                case MAX -> "Latest " + header(column);
            };
        }

        ReportColumn.Kind kind() {
            return column == null ? ReportColumn.Kind.INTEGER : column.kind();
        }

        String expression() {
            return switch (aggregation) {
                case COUNT_ROWS -> "count(*)";
                case COUNT_ENTRIES -> "count(distinct t.entry_number)";
                case SUM -> "sum(" + expression(column) + ")";
                case MIN -> "min(" + expression(column) + ")";
                case MAX -> "max(" + expression(column) + ")";
            };
        }

        private static String header(@Nullable AdHocColumn column) {
            if (column == null) {
                throw new IllegalStateException("A summary of a column without its column");
            }
            return column.header();
        }

        private static String expression(@Nullable AdHocColumn column) {
            if (column == null) {
                throw new IllegalStateException("A summary of a column without its column");
            }
            return column.expression();
        }
    }

    /** A filter: the column, the operator, and its values as parameters of the column's type. */
    record Condition(AdHocColumn column, FilterOperator operator, List<Object> values) {

        Condition {
            values = List.copyOf(values);
        }
    }

    /** A sort key: the position in the output (from 0) and its direction. */
    record Sort(int position, boolean descending) {
    }

    boolean grouped() {
        return !summaries.isEmpty();
    }

    /** The columns of the rows, in order: the columns, then the summaries. */
    List<ReportColumn> reportColumns() {
        List<ReportColumn> all = new ArrayList<>();
        columns.forEach(c -> all.add(c.column()));
        summaries.forEach(s -> all.add(new ReportColumn(s.header(), s.kind())));
        return all;
    }

    /** What the report is, in words, as its run's page shows it beside the dates. */
    List<String> described() {
        List<String> lines = new ArrayList<>();
        lines.add("Each row: " + (grain == Grain.SUMMARY ? "an entry summary" : "a tariff line (tariff ordinal)"));
        lines.add("Columns: " + String.join(", ", columns.stream().map(AdHocColumn::header).toList()));
        for (Condition condition : conditions) {
            lines.add("Filter: " + condition.column().header() + " " + condition.operator().label()
                    + (condition.values().isEmpty() ? "" : " " + String.join(", ",
                    condition.values().stream().map(String::valueOf).toList())));
        }
        if (!summaries.isEmpty()) {
            lines.add("Summaries by group: " + String.join(", ", summaries.stream().map(Summary::header).toList()));
        }
        if (!sorts.isEmpty()) {
            List<ReportColumn> output = reportColumns();
            lines.add("Sorted by: " + String.join(", ", sorts.stream().map(sort -> output.get(sort.position())
                    .header() + (sort.descending() ? " (descending)" : "")).toList()));
        }
        return lines;
    }

    /** The dates as a run's prompts (which the run's history shows). */
    ReportPrompts prompts() {
        return new ReportPrompts(basis, from, to, null, null, null, null, null, null);
    }
}
