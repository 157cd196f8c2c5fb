package org.openace.reports.catalog;

/** The table of the analytics store a report reads, one row per what it names. */
public enum Grain {
    /** One row per entry summary ({@code es_summary}). */
    SUMMARY("es_summary"),
    /** One row per tariff ordinal of a summary line ({@code es_line_tariff}), the grain of ES-003. */
    LINE_TARIFF("es_line_tariff");

    private final String table;

    Grain(String table) {
        this.table = table;
    }

    public String table() {
        return table;
    }
}
