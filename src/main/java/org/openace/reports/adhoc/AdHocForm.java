package org.openace.reports.adhoc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.Grain;

/**
 * The ad hoc report page's form as posted, read from the request's parameters by name (no binding that could grow
 * lists or throw on a crafted name): the grain, dates, columns and summaries picked (checkboxes), the filter rows
 * (column, operator, value, second value; the rows line up because every row posts every field) and the sort rows,
 * and, to save it, a template's name, whether it is shared and the account it is kept under.
 */
final class AdHocForm {

    /** Filter rows the page shows. */
    static final int FILTER_ROWS = AdHocCheck.MAX_FILTERS;
    /** Sort rows the page shows. */
    static final int SORT_ROWS = AdHocCheck.MAX_SORTS;

    /** A filter row as typed. */
    record FilterRow(String column, String operator, String value, String valueTo) {

        boolean blank() {
            return column.isBlank() && operator.isBlank() && value.isBlank() && valueTo.isBlank();
        }
    }

    /** A sort row as chosen. */
    record SortRow(String output, String direction) {
    }

    String grain = Grain.LINE_TARIFF.name();
    String basis = DateBasis.ENTRY_SUMMARY_DATE.name();
    String from = "";
    String to = "";
    List<String> columns = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    List<FilterRow> filters = new ArrayList<>();
    List<SortRow> sorts = new ArrayList<>();
    String name = "";
    boolean shared;
    String account = "";

    /** A new form: tariff lines, the year to date, the columns of a first look. */
    static AdHocForm initial(Grain grain, Clock clock) {
        AdHocForm form = new AdHocForm();
        LocalDate today = LocalDate.now(clock);
        form.grain = grain.name();
        form.from = today.withDayOfYear(1).toString();
        form.to = today.toString();
        form.columns = new ArrayList<>(List.of("ENTRY_NUMBER", "COUNTRY_OF_ORIGIN"));
        return form;
    }

    static AdHocForm of(Map<String, String[]> parameters) {
        AdHocForm form = new AdHocForm();
        form.grain = one(parameters, "grain");
        form.basis = one(parameters, "basis");
        form.from = one(parameters, "from");
        form.to = one(parameters, "to");
        form.columns = all(parameters, "columns");
        form.summaries = all(parameters, "summaries");
        List<String> filterColumns = all(parameters, "filterColumn");
        List<String> operators = all(parameters, "filterOperator");
        List<String> values = all(parameters, "filterValue");
        List<String> valuesTo = all(parameters, "filterValueTo");
        int rows = Math.max(Math.max(filterColumns.size(), operators.size()), Math.max(values.size(), valuesTo.size()));
        for (int i = 0; i < rows; i++) {
            FilterRow row = new FilterRow(at(filterColumns, i), at(operators, i), at(values, i), at(valuesTo, i));
            if (!row.blank()) { // blank rows are dropped, so that "Filter 2" is the second row the page shows again
                form.filters.add(row);
            }
        }
        List<String> outputs = all(parameters, "sortOutput");
        List<String> directions = all(parameters, "sortDirection");
        for (int i = 0; i < Math.max(outputs.size(), directions.size()); i++) {
            form.sorts.add(new SortRow(at(outputs, i), at(directions, i)));
        }
        form.name = one(parameters, "name");
        form.shared = "true".equals(one(parameters, "shared"));
        form.account = one(parameters, "account");
        return form;
    }

    /** The form of a kept definition (a template opened), as its page shows it. */
    static AdHocForm of(AdHocDefinition definition) {
        AdHocForm form = new AdHocForm();
        form.grain = text(definition.grain());
        form.basis = text(definition.basis());
        form.from = text(definition.from());
        form.to = text(definition.to());
        form.columns = definition.columns() == null ? new ArrayList<>() : new ArrayList<>(definition.columns());
        form.summaries = definition.summaries() == null ? new ArrayList<>() : new ArrayList<>(definition.summaries());
        if (definition.filters() != null) {
            for (AdHocDefinition.Filter filter : definition.filters()) {
                if (filter == null) {
                    continue;
                }
                List<String> values = filter.values() == null ? List.of() : filter.values();
                boolean range = FilterOperator.BETWEEN.name().equals(filter.operator());
                boolean list = FilterOperator.IN_LIST.name().equals(filter.operator());
                form.filters.add(new FilterRow(text(filter.column()), text(filter.operator()),
                        list ? String.join(", ", values) : at(values, 0), range ? at(values, 1) : ""));
            }
        }
        if (definition.order() != null) {
            for (AdHocDefinition.Order order : definition.order()) {
                if (order != null) {
                    form.sorts.add(new SortRow(text(order.output()), text(order.direction())));
                }
            }
        }
        return form;
    }

    /** What the form asks for (blank filter and sort rows left out). */
    AdHocDefinition definition() {
        List<AdHocDefinition.Filter> kept = new ArrayList<>();
        for (FilterRow row : filters) {
            if (row.blank()) {
                continue;
            }
            List<String> values;
            if (FilterOperator.BETWEEN.name().equals(row.operator())) {
                values = List.of(row.value(), row.valueTo());
            }
            else if (FilterOperator.IN_LIST.name().equals(row.operator())) {
                values = Arrays.stream(row.value().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            }
            else if (FilterOperator.IS_EMPTY.name().equals(row.operator())
                    || FilterOperator.IS_NOT_EMPTY.name().equals(row.operator())) {
                values = row.value().isBlank() ? List.of() : List.of(row.value());
            }
            else {
                values = List.of(row.value());
            }
            kept.add(new AdHocDefinition.Filter(row.column(), row.operator(), values));
        }
        List<AdHocDefinition.Order> order = sorts.stream().filter(s -> !s.output().isBlank())
                .map(s -> new AdHocDefinition.Order(s.output(), s.direction().isBlank() ? "ASC" : s.direction()))
                .toList();
        return new AdHocDefinition(grain, basis, from, to, List.copyOf(columns), List.copyOf(summaries), kept, order);
    }

    /** The filter rows the page shows: those typed, then blank ones up to {@link #FILTER_ROWS}. */
    List<FilterRow> filterRows() {
        List<FilterRow> rows = new ArrayList<>(filters);
        while (rows.size() < FILTER_ROWS) {
            rows.add(new FilterRow("", "", "", ""));
        }
        return rows;
    }

    List<SortRow> sortRows() {
        List<SortRow> rows = new ArrayList<>(sorts);
        while (rows.size() < SORT_ROWS) {
            rows.add(new SortRow("", "ASC"));
        }
        return rows;
    }

    // accessors for the page

    public String getGrain() {
        return grain;
    }

    public String getBasis() {
        return basis;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<String> getSummaries() {
        return summaries;
    }

    public List<FilterRow> getFilterRows() {
        return filterRows();
    }

    public List<SortRow> getSortRows() {
        return sortRows();
    }

    public String getName() {
        return name;
    }

    public boolean isShared() {
        return shared;
    }

    public String getAccount() {
        return account;
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
    }

    private static List<String> all(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        List<String> all = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                all.add(value == null ? "" : value.strip());
            }
        }
        return all;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
