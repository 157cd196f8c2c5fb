package org.openace.filing;

import java.time.LocalDate;

/** An entry was liquidated at an amount; it may be protested until {@code protestBy} (180 days). */
public record EntryLiquidated(EntryFacts entry, LocalDate on, Money amount, LocalDate protestBy)
        implements EntrySummaryEvent {
}
