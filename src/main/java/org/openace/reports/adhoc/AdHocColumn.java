package org.openace.reports.adhoc;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.reports.ReportColumn;

/**
 * A column an ad hoc report may show, filter on, group by or sum: its code (what a form and a stored definition name
 * it by), its header in ACE's report-object style, the SQL expression over the store's table (alias {@code t}),
 * written here and never from what a user types, and its kind, which decides the operators and values its filters
 * take.
 *
 * @param shape for a text column, the shape a filter value must have (null: any text of letters, digits and
 *              {@code - . / space}); values are upper-cased first where {@code upperCase}, and an HTS number's dots
 *              are dropped
 * @param filterable whether filters may name it (the masked importer number may be shown but not filtered on)
 */
record AdHocColumn(String code, String header, String expression, ReportColumn.Kind kind,
                   @Nullable Pattern shape, String hint, boolean upperCase, boolean filterable) {

    private static final Pattern FREE_TEXT = Pattern.compile("[A-Za-z0-9 ./-]{1,40}");

    static AdHocColumn text(String code, String header, String expression, String shape, String hint,
                            boolean upperCase) {
        return new AdHocColumn(code, header, expression, ReportColumn.Kind.TEXT, Pattern.compile(shape), hint,
                upperCase, true);
    }

    static AdHocColumn shownOnly(String code, String header, String expression) {
        return new AdHocColumn(code, header, expression, ReportColumn.Kind.TEXT, null, "", false, false);
    }

    static AdHocColumn of(String code, String header, String expression, ReportColumn.Kind kind) {
        String hint = switch (kind) {
            case DATE -> "a date, YYYY-MM-DD";
            case MONEY -> "an amount in dollars, e.g. 1250.50";
            case QUANTITY -> "a quantity, e.g. 20 or 1.5";
            case INTEGER -> "a whole number";
            case TEXT -> "letters, digits, - . / and spaces";
        };
        return new AdHocColumn(code, header, expression, kind, null, hint, false, true);
    }

    ReportColumn column() {
        return new ReportColumn(header, kind);
    }

    /** The value as compared, or null when it is not of this text column's shape. */
    @Nullable String textValue(String typed) {
        String value = upperCase ? typed.toUpperCase(Locale.ROOT) : typed;
        if (code.equals("HTS_NUMBER") || code.equals("HTS_CHAPTER") || code.equals("HTS_HEADING")) {
            value = value.replace(".", "");
        }
        return (shape == null ? FREE_TEXT : shape).matcher(value).matches() ? value : null;
    }
}
