package org.openace.filing;

/**
 * Where an entry summary stands between filing and the end of its protest window. The moves between them are the
 * methods of {@link EntrySummary}, each allowed only from the states named there.
 */
public enum EntrySummaryStatus {

    /** Filed and accepted by CBP: duties are owed, the summary may be corrected, put on a statement or paid. */
    ACCEPTED,
    /**
     * Rejected by CBP with reasons: the filer corrects and resubmits it within 2 working days of the rejection
     * (the deadline is computed with the working-day calendar and kept on the summary).
     */
    REJECTED,
    /** Placed on a daily or periodic monthly statement: awaiting payment of the statement. */
    ON_STATEMENT,
    /** The duties, taxes and fees declared are paid (on a statement, or singly). */
    PAID,
    /** Scheduled to liquidate on a Friday (CBP posts liquidations weekly, on Fridays). */
    LIQUIDATION_SCHEDULED,
    /** Liquidated by CBP on a date: the final computation of duties; the 180-day protest window runs from it. */
    LIQUIDATED,
    /**
     * Liquidation extended by CBP, one year at a time, at most three times (19 U.S.C. 1504(b)): the deadline for
     * liquidation moves out by a year; the summary may be scheduled for liquidation again.
     */
    EXTENDED,
    /**
     * Not liquidated within one year of the date of entry, nor extended: liquidated by operation of law
     * (19 U.S.C. 1504(a)) at the rate and amount declared; the protest window runs from the date it was deemed.
     */
    DEEMED_LIQUIDATED;

    /** Liquidated in either way: the entry's duties are final, apart from a protest. */
    public boolean isFinal() {
        return this == LIQUIDATED || this == DEEMED_LIQUIDATED;
    }
}
