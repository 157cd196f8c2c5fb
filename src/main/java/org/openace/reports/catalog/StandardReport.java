package org.openace.reports.catalog;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.reports.ReportColumn;

/**
 * A report of the catalog: ACE's code and title, what it holds, the table it reads, its columns in order, how its
 * rows are grouped (null: one row per row of the table) and ordered, the dates it may be asked for and its other
 * prompts, and what is known of ACE's own layout ({@link #layout}), which the report's page shows.
 *
 * @param condition a condition every row of the report meets (e.g. liquidated), over alias {@code t}, or null
 * @param join      a join of the summary table as alias {@code h} to a report on tariff lines, for the header's
 *                  columns (e.g. {@code join es_summary h on h.entry_number = t.entry_number}), or null
 */
public record StandardReport(String code, String title, String description, Grain grain,
                             List<CatalogColumn> columns, @Nullable String groupBy, String orderBy,
                             List<DateBasis> dateBases, Set<PromptField> prompts, @Nullable String condition,
                             Layout layout, @Nullable String join) {

    public StandardReport(String code, String title, String description, Grain grain, List<CatalogColumn> columns,
                          @Nullable String groupBy, String orderBy, List<DateBasis> dateBases,
                          Set<PromptField> prompts, @Nullable String condition, Layout layout) {
        this(code, title, description, grain, columns, groupBy, orderBy, dateBases, prompts, condition, layout, null);
    }

    /** Whether the columns are ACE's as published, and the words that say what is and is not known. */
    public record Layout(boolean published, String note) {
    }

    public StandardReport {
        columns = List.copyOf(columns);
        dateBases = List.copyOf(dateBases);
        prompts = Set.copyOf(prompts);
        if (columns.isEmpty() || dateBases.isEmpty()) {
            throw new IllegalArgumentException(code + " needs columns and at least one date to select on");
        }
    }

    /** "ES-003 Entry Summary Line Tariff Details". */
    public String fullTitle() {
        return code + " " + title;
    }

    public List<ReportColumn> reportColumns() {
        return columns.stream().map(CatalogColumn::column).toList();
    }

    public boolean offers(PromptField field) {
        return prompts.contains(field);
    }
}
