package org.openace.reports;

/**
 * A column of a report as its users see it: the header (for the standard reports, ACE's spelling, which users'
 * spreadsheets and parsers match) and the kind of its values, which decides how each format writes them.
 */
public record ReportColumn(String header, Kind kind) {

    /** How a column's values are written. */
    public enum Kind {
        /** Text as stored (codes, numbers that are identifiers such as an entry or HTS number). */
        TEXT,
        /** A whole number (a line or ordinal number, a count). */
        INTEGER,
        /** A date: MM/DD/YYYY in CSV and PDF (as ACE writes them), a date cell in XLSX. */
        DATE,
        /** U.S. dollars, two decimals, never a floating-point number. */
        MONEY,
        /** A quantity, up to six decimals, written without trailing zeros. */
        QUANTITY
    }

    public ReportColumn {
        if (header.isBlank()) {
            throw new IllegalArgumentException("A report column needs a header");
        }
    }
}
