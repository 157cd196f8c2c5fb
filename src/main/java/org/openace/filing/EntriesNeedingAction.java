package org.openace.filing;

import java.time.LocalDate;
import java.util.List;

import org.openace.identity.UserId;

/**
 * The filing module's answer to "what needs action" for a trade user (the compliance view and daily operations of
 * issue 11, R2 and R3), each figure counted over the entries the user may see with the entries right, as the entry
 * search shows them, so that a figure and the list it links to agree. An entry seen from both the importer's and the
 * filer's side counts once.
 */
public interface EntriesNeedingAction {

    /**
     * Entries waiting for the trade (rejected and past their resubmission date, held, liquidating soon) and the AD/CVD
     * cases of the user's entries not yet liquidated, the largest deposits first (at most 50 cases): both from one
     * read of the user's scope.
     */
    Figures needingAction(UserId user, LocalDate today);

    /** What {@link #needingAction} found. */
    record Figures(EntryActionCounts counts, List<AdCvdExposure> exposure) {

        public Figures {
            exposure = List.copyOf(exposure);
        }
    }

    /** What happened to the user's entries today and since Monday, by kind of history line. */
    DailyOperations operations(UserId user, LocalDate today);
}
