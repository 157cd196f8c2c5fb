package org.openace.filing;

import java.time.LocalDate;

/** An entry summary was filed and accepted: its dates, its totals as declared and the date by which it liquidates unless extended. */
public record EntrySummaryAccepted(EntryFacts entry, LocalDate on, LocalDate summaryDate, LocalDate entryDate, SummaryTotals totals, LocalDate liquidationDeadline)
        implements EntrySummaryEvent {
}
