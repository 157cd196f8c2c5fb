package org.openace.review.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryReviews;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.ReviewStep;
import org.openace.filing.ReviewedEntry;
import org.openace.officer.OfficerPorts;
import org.openace.reference.WorkingDays;
import org.openace.review.CbpFormIssued;
import org.openace.review.form.FormKind.Notice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer issues a CBP form on an entry at one of their ports: the form under a new action number, waiting for an
 * answer by its due date (the form's usual days, moved to the next working day, unless the officer set one) or, for
 * a notice of an action taken, as a notice; its first step, a line in the entry's history, an audit record and a
 * {@link CbpFormIssued} event, all in one transaction. An officer at other ports, an unknown entry and a rejected
 * summary are refused and nothing is stored (the refusal of an officer is audited).
 */
@Component
public class IssueForm {

    private final FormStore store;
    private final EntryReviews entries;
    private final OfficerPorts ports;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueForm(FormStore store, EntryReviews entries, OfficerPorts ports, WorkingDays workingDays, AuditTrail audit,
              ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entries = entries;
        this.ports = ports;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The entry to issue a form on, if there is one and the officer works at its port (refused otherwise). */
    public ReviewedEntry entryFor(EntryNumber number, AuditActor officer) {
        ReviewedEntry entry = entries.find(number).orElseThrow(() -> new FormRefused("ENTRY_NOT_FOUND",
                "No entry summary has that number."));
        if (officer.id() == null || !ports.works(officer.id(), entry.port())) {
            audit.record(AuditRecord.of("CBP_FORM_REFUSED", AuditOutcome.DENIED).actor(officer)
                    .object("ENTRY", number.formatted()).detail("reason", "OUTSIDE_PORTS")
                    .detail("port", entry.port().value()));
            throw new FormRefused("OUTSIDE_YOUR_PORTS", "Entry " + number.formatted() + " was entered at port "
                    + entry.port().value() + ", which is not one of your ports: an officer there acts on it.");
        }
        if (entry.status() == EntrySummaryStatus.REJECTED) {
            throw new FormRefused("ENTRY_REJECTED", "This entry summary is rejected: the filer is to correct it "
                    + "first. Forms are issued on accepted entry summaries.");
        }
        return entry;
    }

    @Transactional
    public CbpForm issue(EntryNumber number, FormKind kind, IssueInput.Checked input, AuditActor officer) {
        return issue(entryFor(number, officer), kind, input, null, officer);
    }

    /** Issues the form; {@code follows} is the action number of the form it follows (a Form 28), if any. */
    public CbpForm issue(ReviewedEntry entry, FormKind kind, IssueInput.Checked input, @Nullable String follows,
                  AuditActor officer) {
        Instant at = clock.instant();
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        boolean asks = kind.asksAnswer(input.notice());
        LocalDate due = !asks ? null : input.dueOn() != null ? input.dueOn()
                : workingDays.add(today.plusDays(kind.answerDays() - 1L), 1);
        String actionNumber = store.nextActionNumber(kind, today);
        CbpForm form = new CbpForm(actionNumber, kind, input.notice(), entry.number().compact(), entry.port(),
                entry.filerCode(), entry.importerDisplay(), input.subject(), input.body(), input.entryChange(),
                asks ? FormStatus.AWAITING_ANSWER : FormStatus.NOTIFIED, 1, java.util.Objects.requireNonNull(
                officer.id()), officer.name(), at, today, due, null, null, null, follows, null);
        store.insert(form, entry, at);
        store.step(actionNumber, FormStep.Kind.ISSUED, 1, officer.name(), null, due, at);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("form", kind.title() + (input.notice() == Notice.NONE ? "" : " (" + input.notice().title()
                .toLowerCase(java.util.Locale.ROOT) + ")"));
        details.put("actionNumber", actionNumber);
        if (due != null) {
            details.put("dueOn", due.toString());
        }
        entries.note(entry.number(), ReviewStep.FORM_ISSUED, officer, details);
        audit.record(AuditRecord.of("CBP_FORM_ISSUED", AuditOutcome.SUCCESS).actor(officer)
                .object("CBP_FORM", actionNumber).detail("form", kind.name()).detail("notice", input.notice())
                .detail("entry", entry.number().formatted()).detail("port", entry.port().value())
                .detail("follows", follows));
        events.publishEvent(new CbpFormIssued(actionNumber, kind.name(), entry.number().compact(),
                entry.port().value(), entry.filerCode(), entry.importerSubAccount() == null ? null
                : entry.importerSubAccount().value(), due));
        return form;
    }
}
