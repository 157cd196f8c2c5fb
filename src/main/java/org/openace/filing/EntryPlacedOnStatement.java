package org.openace.filing;

import java.time.LocalDate;

/** An accepted entry summary was placed on a statement, for the amount it declares. */
public record EntryPlacedOnStatement(EntryFacts entry, LocalDate on, String statementNumber, Money amountDue)
        implements EntrySummaryEvent {
}
