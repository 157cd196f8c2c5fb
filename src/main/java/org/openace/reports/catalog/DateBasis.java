package org.openace.reports.catalog;

/** Which date a report's date prompts select on. */
public enum DateBasis {
    ENTRY_SUMMARY_DATE("Entry Summary Date", "summary_date"),
    ENTRY_DATE("Entry Date", "entry_date"),
    /** Only on {@link Grain#SUMMARY}: the store keeps the liquidation date per summary. */
    LIQUIDATION_DATE("Liquidation Date", "liquidation_date");

    private final String label;
    private final String column;

    DateBasis(String label, String column) {
        this.label = label;
        this.column = column;
    }

    /** As ACE's prompts name it, e.g. "Entry Summary Date (Begin)". */
    public String label() {
        return label;
    }

    /** The store's column: an identifier of the catalog, never typed by a user. */
    public String column() {
        return column;
    }
}
