package org.openace.filing.officer;

import org.openace.account.PortCode;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;

/** How an officer's move on an entry ended. */
sealed interface MoveOutcome {

    /** Made: the entry as it stands now, and the event recorded. */
    record Moved(EntrySummary entry, EntrySummaryEvent event) implements MoveOutcome {
    }

    /** There is no entry summary with that number. */
    record NotFound(EntryNumber entryNumber) implements MoveOutcome {
    }

    /** The entry is at a port the officer does not work; nothing changed (an officer acts only within their ports). */
    record OutsidePorts(EntryNumber entryNumber, PortCode port) implements MoveOutcome {
    }

    /** The entry's state does not allow the move; nothing changed. The reason is the entry summary's. */
    record Refused(EntryNumber entryNumber, String reason) implements MoveOutcome {
    }
}
