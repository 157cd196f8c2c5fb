package org.openace.filing;

import java.time.LocalDate;
import java.util.List;

/** CBP rejected an entry summary with reasons; the filer resubmits it by {@code resubmitBy} (2 working days). */
public record EntrySummaryRejected(EntryFacts entry, LocalDate on, List<String> reasons, LocalDate resubmitBy)
        implements EntrySummaryEvent {

    public EntrySummaryRejected {
        reasons = List.copyOf(reasons);
    }
}
