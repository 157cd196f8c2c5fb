package org.openace.reports.adhoc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.CatalogColumn;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.Grain;
import org.openace.reports.catalog.PromptForm;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.catalog.StandardReport;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Checks an {@link AdHocDefinition} against the whitelist and the limits, and parses its values by their columns'
 * kinds: the report, or every reason it cannot be run, each tied to the part of the form it concerns. The dates are
 * checked as every report's are ({@link PromptForm}: both required, at most {@value PromptForm#MAX_YEARS} years).
 */
final class AdHocCheck {

    static final int MAX_COLUMNS = 20;
    static final int MAX_SUMMARIES = 6;
    static final int MAX_FILTERS = 5;
    static final int MAX_SORTS = 3;
    static final int MAX_LIST_VALUES = 50;
    static final int MAX_VALUE_LENGTH = 40;

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,12}");
    private static final Pattern MONEY = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9 ./%$+-]{1,40}");

    /** Why a definition cannot be run: the part of the form ({@code columns}, {@code filter-2}, ...) and the words. */
    record Problem(String field, String message) {
    }

    /** The report, or the problems (never both). */
    record Outcome(@Nullable AdHocReport report, List<Problem> problems) {

        boolean ok() {
            return report != null;
        }
    }

    private AdHocCheck() {
    }

    /** The dates a grain's reports may select on. */
    static List<DateBasis> bases(Grain grain) {
        return grain == Grain.SUMMARY
                ? List.of(DateBasis.ENTRY_SUMMARY_DATE, DateBasis.ENTRY_DATE, DateBasis.LIQUIDATION_DATE)
                : List.of(DateBasis.ENTRY_SUMMARY_DATE, DateBasis.ENTRY_DATE);
    }

    static Outcome check(AdHocDefinition definition, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        Grain grain = grain(definition.grain(), problems);
        if (grain == null) {
            return new Outcome(null, problems);
        }
        ReportPrompts dates = dates(grain, definition, clock, problems);
        List<AdHocColumn> columns = columns(grain, definition.columns(), problems);
        List<AdHocReport.Summary> summaries = summaries(grain, definition.summaries(), problems);
        if (columns.isEmpty() && summaries.isEmpty() && problems.stream()
                .noneMatch(p -> p.field().equals("columns") || p.field().equals("summaries"))) {
            problems.add(new Problem("columns", "Pick at least one column, or one summary."));
        }
        List<AdHocReport.Condition> conditions = filters(grain, definition.filters(), clock, problems);
        List<AdHocReport.Sort> sorts = sorts(columns, summaries, definition.order(), problems);
        if (!problems.isEmpty() || dates == null) {
            return new Outcome(null, problems);
        }
        return new Outcome(new AdHocReport(grain, dates.basis(), dates.from(), dates.to(), columns, summaries,
                conditions, sorts), List.of());
    }

    private static @Nullable Grain grain(@Nullable String typed, List<Problem> problems) {
        for (Grain grain : Grain.values()) {
            if (grain.adHoc() && grain.name().equals(typed)) {
                return grain;
            }
        }
        problems.add(new Problem("grain", "Choose what each row is: an entry summary or a tariff line."));
        return null;
    }

    private static @Nullable ReportPrompts dates(Grain grain, AdHocDefinition definition, Clock clock,
                                                 List<Problem> problems) {
        StandardReport shape = new StandardReport(AdHocReportSource.CODE, "Ad hoc report", "", grain,
                AdHocColumns.of(grain).stream().map(c -> new CatalogColumn(c.column(), c.expression())).toList(),
                null, "t.entry_number", bases(grain), Set.of(), null, new StandardReport.Layout(false, ""));
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "adHoc");
        ReportPrompts prompts = new PromptForm(definition.basis(), definition.from(), definition.to(), null, null,
                null, null, null, null).check(shape, errors, clock, typed -> Optional.empty());
        for (FieldError error : errors.getFieldErrors()) {
            problems.add(new Problem(error.getField(), String.valueOf(error.getDefaultMessage())));
        }
        return prompts;
    }

    private static List<AdHocColumn> columns(Grain grain, @Nullable List<String> codes, List<Problem> problems) {
        List<AdHocColumn> columns = new ArrayList<>();
        if (codes == null) {
            return columns;
        }
        if (codes.size() > MAX_COLUMNS) {
            problems.add(new Problem("columns", "Pick at most " + MAX_COLUMNS + " columns."));
            return columns;
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            Optional<AdHocColumn> column = AdHocColumns.find(grain, String.valueOf(code));
            if (column.isEmpty()) {
                problems.add(new Problem("columns", "There is no column " + shown(code) + " in reports of "
                        + rows(grain) + ": pick the columns from the list."));
            }
            else if (!seen.add(column.get().code())) {
                problems.add(new Problem("columns", column.get().header() + " is picked twice."));
            }
            else {
                columns.add(column.get());
            }
        }
        return columns;
    }

    private static List<AdHocReport.Summary> summaries(Grain grain, @Nullable List<String> codes,
                                                       List<Problem> problems) {
        List<AdHocReport.Summary> summaries = new ArrayList<>();
        if (codes == null) {
            return summaries;
        }
        if (codes.size() > MAX_SUMMARIES) {
            problems.add(new Problem("summaries", "Pick at most " + MAX_SUMMARIES + " summaries."));
            return summaries;
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            AdHocReport.Summary summary = summary(grain, String.valueOf(code));
            if (summary == null) {
                problems.add(new Problem("summaries", "There is no summary " + shown(code) + " in reports of "
                        + rows(grain) + ": pick the summaries from the list."));
            }
            else if (!seen.add(summary.code())) {
                problems.add(new Problem("summaries", summary.header() + " is picked twice."));
            }
            else {
                summaries.add(summary);
            }
        }
        return summaries;
    }

    /** The summary of a code ({@code COUNT_ROWS}, {@code SUM:GOODS_VALUE}), or null when there is none such. */
    static AdHocReport.@Nullable Summary summary(Grain grain, String code) {
        int colon = code.indexOf(':');
        String function = colon < 0 ? code : code.substring(0, colon);
        Aggregation aggregation = null;
        for (Aggregation candidate : Aggregation.values()) {
            if (candidate.name().equals(function)) {
                aggregation = candidate;
            }
        }
        if (aggregation == null) {
            return null;
        }
        if (!aggregation.needsColumn()) {
            return colon < 0 ? new AdHocReport.Summary(aggregation, null) : null;
        }
        if (colon < 0) {
            return null;
        }
        Optional<AdHocColumn> column = AdHocColumns.find(grain, code.substring(colon + 1));
        if (column.isEmpty() || !aggregation.appliesTo(column.get().kind())) {
            return null;
        }
        return new AdHocReport.Summary(aggregation, column.get());
    }

    private static List<AdHocReport.Condition> filters(Grain grain, @Nullable List<AdHocDefinition.Filter> filters,
                                                       Clock clock, List<Problem> problems) {
        List<AdHocReport.Condition> conditions = new ArrayList<>();
        if (filters == null) {
            return conditions;
        }
        if (filters.size() > MAX_FILTERS) {
            problems.add(new Problem("filters", "Give at most " + MAX_FILTERS + " filters."));
            return conditions;
        }
        for (int i = 0; i < filters.size(); i++) {
            AdHocReport.Condition condition = filter(grain, filters.get(i), "filter-" + (i + 1), "Filter " + (i + 1),
                    clock, problems);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private static AdHocReport.@Nullable Condition filter(Grain grain, AdHocDefinition.@Nullable Filter filter,
                                                          String field, String name, Clock clock,
                                                          List<Problem> problems) {
        if (filter == null) {
            problems.add(new Problem(field, name + " is empty."));
            return null;
        }
        Optional<AdHocColumn> found = AdHocColumns.find(grain, String.valueOf(filter.column()));
        if (found.isEmpty() || !found.get().filterable()) {
            problems.add(new Problem(field, name + ": there is no column " + shown(filter.column())
                    + " to filter on in reports of " + rows(grain) + "."));
            return null;
        }
        AdHocColumn column = found.get();
        FilterOperator operator = null;
        for (FilterOperator candidate : FilterOperator.values()) {
            if (candidate.name().equals(filter.operator())) {
                operator = candidate;
            }
        }
        if (operator == null || !operator.appliesTo(column.kind())) {
            problems.add(new Problem(field, name + ": " + column.header() + " takes the operators "
                    + FilterOperator.namesFor(column.kind()) + "."));
            return null;
        }
        List<String> typed = filter.values() == null ? List.of() : filter.values().stream()
                .map(v -> v == null ? "" : v.strip()).toList();
        int expected = switch (operator.arity()) {
            case NONE -> 0;
            case ONE -> 1;
            case TWO -> 2;
            case LIST -> -1;
        };
        if (expected >= 0 && (typed.size() != expected || typed.stream().anyMatch(String::isEmpty))) {
            problems.add(new Problem(field, name + ": \"" + operator.label() + "\" takes " + switch (expected) {
                case 0 -> "no value.";
                case 1 -> "one value.";
                default -> "two values, the lowest and the highest.";
            }));
            return null;
        }
        if (expected < 0) {
            typed = typed.stream().filter(v -> !v.isEmpty()).toList();
            if (typed.isEmpty() || typed.size() > MAX_LIST_VALUES) {
                problems.add(new Problem(field, name + ": give 1 to " + MAX_LIST_VALUES + " values, separated by "
                        + "commas."));
                return null;
            }
        }
        List<Object> values = new ArrayList<>();
        for (String value : typed) {
            Object parsed = value.length() > MAX_VALUE_LENGTH ? null
                    : parse(column, operator, value, clock);
            if (parsed == null) {
                problems.add(new Problem(field, name + ": " + shown(value) + " is not a value of " + column.header()
                        + " (" + (operator == FilterOperator.STARTS_WITH ? "the first letters or digits of one" :
                        column.hint()) + ")" + (column.kind() == ReportColumn.Kind.DATE
                        ? ", from " + EARLIEST + " to " + LocalDate.now(clock).plusYears(2) : "") + "."));
                return null;
            }
            values.add(parsed);
        }
        if (operator == FilterOperator.BETWEEN && compare(values.get(0), values.get(1)) > 0) {
            problems.add(new Problem(field, name + ": the range of " + column.header() + " ends before it starts "
                    + "(give the lowest value first)."));
            return null;
        }
        return new AdHocReport.Condition(column, operator, values);
    }

    private static @Nullable Object parse(AdHocColumn column, FilterOperator operator, String value, Clock clock) {
        return switch (column.kind()) {
            case TEXT -> operator == FilterOperator.STARTS_WITH ? prefix(column, value) : column.textValue(value);
            case INTEGER -> INTEGER.matcher(value).matches() ? Long.valueOf(value) : null;
            case MONEY -> {
                String amount = value.replace(",", "").replace("$", "");
                yield MONEY.matcher(amount).matches() ? new BigDecimal(amount) : null;
            }
            case QUANTITY -> {
                String quantity = value.replace(",", "");
                yield QUANTITY.matcher(quantity).matches() ? new BigDecimal(quantity) : null;
            }
            case DATE -> date(value, clock);
        };
    }

    private static @Nullable String prefix(AdHocColumn column, String value) {
        String prefix = column.upperCase() ? value.toUpperCase(Locale.ROOT) : value;
        if (column.code().startsWith("HTS_")) {
            prefix = prefix.replace(".", "");
        }
        return PREFIX.matcher(prefix).matches() ? prefix : null;
    }

    private static @Nullable LocalDate date(String value, Clock clock) {
        if (!DATE.matcher(value).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return date.isBefore(EARLIEST) || date.isAfter(LocalDate.now(clock).plusYears(2)) ? null : date;
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object low, Object high) {
        return ((Comparable<Object>) low).compareTo(high);
    }

    private static List<AdHocReport.Sort> sorts(List<AdHocColumn> columns, List<AdHocReport.Summary> summaries,
                                                @Nullable List<AdHocDefinition.Order> order, List<Problem> problems) {
        List<AdHocReport.Sort> sorts = new ArrayList<>();
        if (order == null) {
            return sorts;
        }
        if (order.size() > MAX_SORTS) {
            problems.add(new Problem("sort", "Sort by at most " + MAX_SORTS + " columns."));
            return sorts;
        }
        List<String> outputs = new ArrayList<>();
        columns.forEach(c -> outputs.add(c.code()));
        summaries.forEach(s -> outputs.add(s.code()));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            AdHocDefinition.Order key = order.get(i);
            String field = "sort-" + (i + 1);
            int position = key == null ? -1 : outputs.indexOf(String.valueOf(key.output()));
            if (position < 0) {
                problems.add(new Problem(field, "Sort " + (i + 1) + ": sort by one of the columns or summaries "
                        + "picked (not " + shown(key == null ? null : key.output()) + ")."));
                continue;
            }
            String direction = key.direction() == null || key.direction().isBlank() ? "ASC" : key.direction();
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                problems.add(new Problem(field, "Sort " + (i + 1) + ": sort ascending or descending."));
                continue;
            }
            if (seen.add(position)) {
                sorts.add(new AdHocReport.Sort(position, direction.equals("DESC")));
            }
        }
        return sorts;
    }

    private static String rows(Grain grain) {
        return grain == Grain.SUMMARY ? "entry summaries" : "tariff lines";
    }

    /** A typed value as quoted in a message: cut short, on one line (the page escapes it). */
    private static String shown(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return "(none)";
        }
        String line = typed.replaceAll("\\s+", " ");
        return "\"" + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "\"";
    }
}
