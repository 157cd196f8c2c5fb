package org.openace.reports.schedule;

/** How often a schedule runs its report. */
public enum Frequency {
    /** Every day at its time. */
    DAILY,
    /** Every week on its weekday, at its time. */
    WEEKLY,
    /** Every month on its day (1 to 28, so that every month has it), at its time. */
    MONTHLY
}
