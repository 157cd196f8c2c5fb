package org.openace.reports.catalog;

/** The table of the analytics store a report reads, one row per what it names. */
public enum Grain {
    /** One row per entry summary ({@code es_summary}). */
    SUMMARY("es_summary", true),
    /** One row per tariff ordinal of a summary line ({@code es_line_tariff}), the grain of ES-003. */
    LINE_TARIFF("es_line_tariff", true),
    /** One row per statement ({@code st_statement}): standard statement reports only, not offered to ad hoc ones. */
    STATEMENT("st_statement", false);

    private final String table;
    private final boolean adHoc;

    Grain(String table, boolean adHoc) {
        this.table = table;
        this.adHoc = adHoc;
    }

    public String table() {
        return table;
    }

    /** Whether ad hoc reports may be built on it. */
    public boolean adHoc() {
        return adHoc;
    }
}
