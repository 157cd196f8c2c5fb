package org.openace.filing;

import java.time.LocalDate;

/**
 * A trade user's entries waiting for action on a day.
 *
 * @param rejected           rejected summaries waiting to be resubmitted
 * @param rejectedOverdue    of those, the ones whose resubmission date (2 working days) has passed
 * @param held               entries whose cargo is held
 * @param liquidating        entries whose liquidation is scheduled before {@code liquidatingBefore} (the 30 days in
 *                           which a correction can still be made and a protest prepared)
 * @param liquidatingBefore  the first day not counted: today + 31 days
 */
public record EntryActionCounts(long rejected, long rejectedOverdue, long held, long liquidating,
                                LocalDate liquidatingBefore) {

    /** The days ahead that "liquidating soon" covers. */
    public static final int LIQUIDATING_DAYS = 30;
}
