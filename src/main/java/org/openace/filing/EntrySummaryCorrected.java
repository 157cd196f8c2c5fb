package org.openace.filing;

import java.time.LocalDate;

/** A new version of an entry summary replaced the previous one (kept); {@code late} when a rejected summary came back after its deadline. */
public record EntrySummaryCorrected(EntryFacts entry, LocalDate on, int previousVersion, SummaryTotals totals, boolean late)
        implements EntrySummaryEvent {
}
