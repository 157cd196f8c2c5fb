package org.openace.filing.intake;

import java.time.LocalDate;
import java.util.List;

import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.ReleaseStatus;
import org.openace.filing.SummaryTotals;
import org.openace.filing.validation.RuleViolation;

/** What filing one entry summary came to. */
public sealed interface FilingOutcome {

    /**
     * Stored: a new entry summary (version 1), a correction (a new version), or the same summary sent again
     * ({@code replayed}), which gets the answer it got the first time.
     */
    record Filed(EntryNumber entryNumber, int version, EntrySummaryStatus status, ReleaseStatus releaseStatus,
                 SummaryTotals totals, LocalDate liquidationDeadline, boolean replayed) implements FilingOutcome {

        public boolean corrected() {
            return version > 1;
        }
    }

    /** Refused: every rule it breaks, with its code and field; nothing was stored. */
    record Refused(List<RuleViolation> violations) implements FilingOutcome {

        public Refused {
            violations = List.copyOf(violations);
        }
    }

    /** A changed summary under an entry number whose status no longer allows a correction; nothing was stored. */
    record NotCorrectable(EntryNumber entryNumber, EntrySummaryStatus status) implements FilingOutcome {
    }
}
