package org.openace.filing;

import java.time.LocalDate;

/** CBP or a partner agency held an entry's cargo, with a reason. */
public record HoldPlaced(EntryFacts entry, LocalDate on, int holdNumber, String authority, String reason)
        implements EntrySummaryEvent {
}
