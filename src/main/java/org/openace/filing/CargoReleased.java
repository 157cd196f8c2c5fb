package org.openace.filing;

import java.time.LocalDate;

/** An entry's cargo was released by CBP. */
public record CargoReleased(EntryFacts entry, LocalDate on)
        implements EntrySummaryEvent {
}
