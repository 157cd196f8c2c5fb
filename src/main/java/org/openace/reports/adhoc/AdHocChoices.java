package org.openace.reports.adhoc;

import java.util.ArrayList;
import java.util.List;

import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.Grain;

/** What the ad hoc page offers for a grain: dates, columns, summaries, operators, limits. */
public record AdHocChoices(Grain grain, List<DateBasis> bases, List<Choice> columns, List<Choice> filterColumns,
                           List<Choice> summaries, List<Choice> operators, List<Choice> outputs) {

    /** One thing to pick: its code as posted, its label, and a hint (what a filter on it takes). */
    public record Choice(String code, String label, String hint) {
    }

    /** The limits the page states. */
    public record Limits(int columns, int summaries, int filters, int sorts, int listValues, int previewRows) {
    }

    public Limits limits() {
        return new Limits(AdHocCheck.MAX_COLUMNS, AdHocCheck.MAX_SUMMARIES, AdHocCheck.MAX_FILTERS,
                AdHocCheck.MAX_SORTS, AdHocCheck.MAX_LIST_VALUES, AdHocPreview.ROWS);
    }

    static AdHocChoices of(Grain grain) {
        List<Choice> columns = new ArrayList<>();
        List<Choice> filterColumns = new ArrayList<>();
        List<Choice> summaries = new ArrayList<>();
        summaries.add(new Choice("COUNT_ROWS", "Count of rows (" + (grain == Grain.SUMMARY ? "entry summaries"
                : "tariff lines") + ")", "Row Count"));
        summaries.add(new Choice("COUNT_ENTRIES", "Count of distinct entry summaries", "Entry Summary Count"));
        for (AdHocColumn column : AdHocColumns.of(grain)) {
            columns.add(new Choice(column.code(), column.header(), kind(column.kind())));
            if (column.filterable()) {
                filterColumns.add(new Choice(column.code(), column.header(), column.hint()));
            }
            for (Aggregation aggregation : Aggregation.values()) {
                if (aggregation.needsColumn() && aggregation.appliesTo(column.kind())) {
                    AdHocReport.Summary summary = new AdHocReport.Summary(aggregation, column);
                    summaries.add(new Choice(summary.code(), summary.header(), ""));
                }
            }
        }
        List<Choice> operators = new ArrayList<>();
        for (FilterOperator operator : FilterOperator.values()) {
            operators.add(new Choice(operator.name(), operator.label(), ""));
        }
        List<Choice> outputs = new ArrayList<>(columns);
        outputs.addAll(summaries);
        return new AdHocChoices(grain, AdHocCheck.bases(grain), columns, filterColumns, summaries, operators, outputs);
    }

    /** Which operators each kind of column takes, for the page's hint. */
    public List<Choice> operatorsByKind() {
        List<Choice> kinds = new ArrayList<>();
        for (ReportColumn.Kind kind : ReportColumn.Kind.values()) {
            kinds.add(new Choice(kind.name(), kind(kind), FilterOperator.namesFor(kind)));
        }
        return kinds;
    }

    private static String kind(ReportColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> "text";
            case INTEGER -> "whole number";
            case DATE -> "date";
            case MONEY -> "amount";
            case QUANTITY -> "quantity";
        };
    }
}
