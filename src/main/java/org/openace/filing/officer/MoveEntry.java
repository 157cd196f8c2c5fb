package org.openace.filing.officer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryLiquidated;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.IllegalEntryMoveException;
import org.openace.filing.ReleaseStatus;
import org.openace.filing.WorkingDayCalendar;
import org.openace.filing.store.EntryChanges;
import org.openace.filing.store.EntrySummaryStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customs officer's move on an entry summary (F3/F6), in one transaction: the entry's row locked, the entry loaded,
 * the move made by the entry summary itself (which refuses what its state does not allow), the new state stored with
 * its history line, the audit record ({@code ENTRY_REJECTED}, {@code ENTRY_HELD}, ...) and the past-tense event. A
 * refused move changes nothing and is audited as {@code ENTRY_MOVE_REFUSED} with the entry summary's reason.
 */
@Component
class MoveEntry {

    static final String REFUSED = "ENTRY_MOVE_REFUSED";

    private final EntrySummaryStore store;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final EntryChanges changes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MoveEntry(EntrySummaryStore store, WorkingDayCalendar calendar, AuditTrail audit, EntryChanges changes,
              TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
        this.changes = changes;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A move where the actor's authority does not depend on the port (a partner agency, by its agreement). */
    MoveOutcome move(EntryNumber number, OfficerMove move, AuditActor actor) {
        return move(number, move, actor, port -> true);
    }

    /**
     * A move by an officer who may act only at the ports {@code mayActAt} accepts: at another port nothing changes and
     * the refusal is audited.
     */
    MoveOutcome move(EntryNumber number, OfficerMove move, AuditActor officer, Predicate<PortCode> mayActAt) {
        MoveOutcome outcome = transaction.execute(status -> {
            if (store.lock(number).isEmpty()) {
                return new MoveOutcome.NotFound(number);
            }
            EntrySummary entry = store.load(number).orElseThrow();
            PortCode port = entry.form().portOfEntry();
            if (!mayActAt.test(port)) {
                return new MoveOutcome.OutsidePorts(number, port);
            }
            EntrySummaryStatus before = entry.status();
            ReleaseStatus releaseBefore = entry.releaseStatus();
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            EntrySummaryEvent event;
            try {
                event = move.applyTo(entry, today, calendar);
            }
            catch (IllegalEntryMoveException refused) {
                return new MoveOutcome.Refused(number, refused.getMessage());
            }
            store.update(entry, now);
            if (event instanceof EntryLiquidated liquidated) {
                store.recordLiquidatedAmount(number, liquidated.amount());
            }
            changes.recorded(entry, officer, now, AuditRecord.of(move.kind().auditAction(), AuditOutcome.SUCCESS)
                    .detail("from", before == entry.status() ? releaseBefore.name() : before.name())
                    .detail("to", before == entry.status() ? entry.releaseStatus().name() : entry.status().name()));
            return new MoveOutcome.Moved(entry, event);
        });
        if (outcome instanceof MoveOutcome.Refused refused) {
            audit.record(AuditRecord.of(REFUSED, AuditOutcome.DENIED).actor(officer)
                    .object("ENTRY_SUMMARY", number.formatted()).detail("move", move.kind().path())
                    .detail("reason", refused.reason()));
        }
        if (outcome instanceof MoveOutcome.OutsidePorts outside) {
            audit.record(AuditRecord.of(REFUSED, AuditOutcome.DENIED).actor(officer)
                    .object("ENTRY_SUMMARY", number.formatted()).detail("move", move.kind().path())
                    .detail("reason", "the entry is at port " + outside.port().value()
                            + ", not one of the officer's ports"));
        }
        return outcome;
    }
}
