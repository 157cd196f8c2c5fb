package org.openace.reports.catalog;

/** Which date a report's date prompts select on. */
public enum DateBasis {
    ENTRY_SUMMARY_DATE("Entry Summary Date", "summary_date"),
    ENTRY_DATE("Entry Date", "entry_date"),
    /** Only on {@link Grain#SUMMARY}: the store keeps the liquidation date per summary. */
    LIQUIDATION_DATE("Liquidation Date", "liquidation_date"),
    /** The statement's date, the day it was prepared and delivered (ACE's Statement Print Date). */
    STATEMENT_DATE("Statement Print Date", "statement_date"),
    /** The payment date of a Periodic Monthly Statement (of a periodic daily statement's monthly statement). */
    MONTHLY_PAYMENT_DUE_DATE("Monthly Payment Due Date", "payment_due");

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

    /** Whether the date is a statement's (read from the statements table). */
    public boolean ofStatement() {
        return this == STATEMENT_DATE || this == MONTHLY_PAYMENT_DUE_DATE;
    }

    /** The store's column: an identifier of the catalog, never typed by a user. */
    public String column() {
        return column;
    }
}
