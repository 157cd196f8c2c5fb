package org.openace.filing;

import java.time.LocalDate;

/** An entry was liquidated by operation of law on {@code deemedOn}, one year after entry, at the amount declared. */
public record EntryDeemedLiquidated(EntryFacts entry, LocalDate on, LocalDate deemedOn, Money amount, LocalDate protestBy)
        implements EntrySummaryEvent {
}
