package org.openace.filing;

import java.time.LocalDate;

/**
 * A past-tense fact about an entry summary, published for the modules that read entries (reports, reviews,
 * payments). Each carries the entry's facts (no personal data) and the date it happened on.
 */
public sealed interface EntrySummaryEvent permits EntrySummaryAccepted, EntrySummaryRejected, EntrySummaryCorrected,
        EntryPlacedOnStatement, EntryPaid, LiquidationScheduled, EntryLiquidated, LiquidationExtended,
        EntryDeemedLiquidated, HoldPlaced, HoldLifted, CargoReleased {

    EntryFacts entry();

    LocalDate on();
}
