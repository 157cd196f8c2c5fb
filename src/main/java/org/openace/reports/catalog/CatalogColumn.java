package org.openace.reports.catalog;

import org.openace.reports.ReportColumn;

/**
 * A column of a standard report: as shown, and the SQL expression over the report's table (alias {@code t}) that
 * gives it. Expressions are written here, in the catalog, never from what a user types.
 */
public record CatalogColumn(ReportColumn column, String expression) {

    static CatalogColumn text(String header, String expression) {
        return new CatalogColumn(new ReportColumn(header, ReportColumn.Kind.TEXT), expression);
    }

    static CatalogColumn integer(String header, String expression) {
        return new CatalogColumn(new ReportColumn(header, ReportColumn.Kind.INTEGER), expression);
    }

    static CatalogColumn date(String header, String expression) {
        return new CatalogColumn(new ReportColumn(header, ReportColumn.Kind.DATE), expression);
    }

    static CatalogColumn money(String header, String expression) {
        return new CatalogColumn(new ReportColumn(header, ReportColumn.Kind.MONEY), expression);
    }

    static CatalogColumn quantity(String header, String expression) {
        return new CatalogColumn(new ReportColumn(header, ReportColumn.Kind.QUANTITY), expression);
    }
}
