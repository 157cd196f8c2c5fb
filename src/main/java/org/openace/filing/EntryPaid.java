package org.openace.filing;

import java.time.LocalDate;

/** The duties, taxes and fees of an entry summary were paid. */
public record EntryPaid(EntryFacts entry, LocalDate on, Money amount)
        implements EntrySummaryEvent {
}
