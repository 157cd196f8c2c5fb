package org.openace.reports.adhoc;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An ad hoc report as asked for, in the words of its form and of the JSON kept with its runs and templates: codes of
 * the whitelist ({@link AdHocColumns}, {@link FilterOperator}, {@link Aggregation}) and values as typed. Nothing
 * here is trusted: {@link AdHocCheck} turns it into an {@link AdHocReport} or says what is wrong, each time it is
 * read, so that a definition kept from an older version (a column withdrawn since) is refused in words.
 *
 * @param grain     {@code SUMMARY} (one row per entry summary) or {@code LINE_TARIFF} (one per tariff line)
 * @param basis     the date the range selects on ({@link org.openace.reports.catalog.DateBasis})
 * @param from      the range's first day, YYYY-MM-DD
 * @param to        its last day, included
 * @param columns   the columns shown, in order (with summaries: the groups)
 * @param summaries per group: {@code COUNT_ROWS}, {@code COUNT_ENTRIES}, or a function and a column such as
 *                  {@code SUM:GOODS_VALUE}
 * @param filters   conditions every row meets
 * @param order     the sort, by a column or summary of the output
 */
public record AdHocDefinition(@Nullable String grain, @Nullable String basis, @Nullable String from,
                              @Nullable String to, @Nullable List<String> columns, @Nullable List<String> summaries,
                              @Nullable List<Filter> filters, @Nullable List<Order> order) {

    /** A condition: a column's code, an operator's, and its values (none, one, two for a range, or a list). */
    public record Filter(@Nullable String column, @Nullable String operator, @Nullable List<String> values) {
    }

    /** A sort key: a column's or summary's code, and {@code ASC} or {@code DESC}. */
    public record Order(@Nullable String output, @Nullable String direction) {
    }
}
