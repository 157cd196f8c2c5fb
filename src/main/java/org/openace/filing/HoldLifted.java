package org.openace.filing;

import java.time.LocalDate;

/** A hold on an entry's cargo was lifted; {@code stillHeld} when other holds remain. */
public record HoldLifted(EntryFacts entry, LocalDate on, int holdNumber, String authority, boolean stillHeld)
        implements EntrySummaryEvent {
}
