package org.openace.filing.store;

import java.time.Instant;
import java.util.List;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records what just happened to an entry summary, the same way whoever moved it (a filer's filing or correction, an
 * officer's move, the deemed liquidation): the events it recorded become its history lines, in order, under the
 * one who acted; the audit record describing the change is written; then the past-tense events are published. Called
 * inside the transaction that stored the change, so that all of it commits with the change or not at all.
 */
@Component
public class EntryChanges {

    private final EntrySummaryStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EntryChanges(EntrySummaryStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @param record the audit record of the change, by {@code actor}, about the entry (its object is set here)
     */
    public void recorded(EntrySummary entry, AuditActor actor, Instant at, AuditRecord.Builder record) {
        List<EntrySummaryEvent> happened = entry.takeEvents();
        store.appendHistory(entry.entryNumber(), entry.version(), happened, actor.name(), at);
        audit.record(record.actor(actor).object("ENTRY_SUMMARY", entry.entryNumber().formatted()));
        happened.forEach(events::publishEvent);
    }
}
