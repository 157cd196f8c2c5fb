package org.openace.filing;

import java.time.LocalDate;

/** CBP extended an entry's liquidation (the nth extension of at most three) to a new deadline. */
public record LiquidationExtended(EntryFacts entry, LocalDate on, int extension, LocalDate liquidationDeadline, String reason)
        implements EntrySummaryEvent {
}
