package org.openace.filing;

import java.time.LocalDate;

/** An entry was scheduled to liquidate on a Friday. */
public record LiquidationScheduled(EntryFacts entry, LocalDate on, LocalDate liquidationDate)
        implements EntrySummaryEvent {
}
