package org.openace.review.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryReviews;
import org.openace.filing.ReviewStep;
import org.openace.filing.ReviewedEntry;
import org.openace.officer.OfficerPorts;
import org.openace.reference.WorkingDays;
import org.openace.review.CbpFormAskedAgain;
import org.openace.review.CbpFormClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of a form after it is issued, at the officer's ports only: ask again after an answer (the next
 * round, with its questions and due date), close it (with a note), follow a Form 28 with a Form 29 (the Form 28
 * closed and the notice issued together), or assign it to an officer of the port. Each move is a step of the form, a
 * line in the entry's history and an audit record, in one transaction; a move the form's state does not allow is
 * refused ({@link FormRefused}) and nothing changes.
 */
@Component
public class ReviewForm {

    static final int NOTE_MAX = 8000;

    private final FormStore store;
    private final IssueForm issue;
    private final EntryReviews entries;
    private final OfficerPorts ports;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewForm(FormStore store, IssueForm issue, EntryReviews entries, OfficerPorts ports, WorkingDays workingDays,
               AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.issue = issue;
        this.entries = entries;
        this.ports = ports;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asks again: {@code questions} to answer by {@code dueOn} (null: the form's usual days from today). */
    @Transactional
    public CbpForm askAgain(String actionNumber, String questions, @Nullable LocalDate dueOn, AuditActor officer) {
        String text = note(questions, "Write what more the importer is to answer.");
        CbpForm form = locked(actionNumber, officer);
        Instant at = clock.instant();
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        LocalDate due = dueOn != null ? dueOn : workingDays.add(today.plusDays(form.kind().answerDays() - 1L), 1);
        CbpForm moved = FormMoves.askAgain(form, due, today);
        store.update(moved, at);
        store.step(actionNumber, FormStep.Kind.ASKED_AGAIN, moved.round(), officer.name(), text, due, at);
        note(moved, ReviewStep.FORM_ASKED_AGAIN, officer, Map.of("dueOn", due.toString()));
        audit.record(AuditRecord.of("CBP_FORM_ASKED_AGAIN", AuditOutcome.SUCCESS).actor(officer)
                .object("CBP_FORM", actionNumber).detail("round", moved.round()).detail("dueOn", due));
        events.publishEvent(new CbpFormAskedAgain(actionNumber, form.kind().name(), form.entryNumber(),
                form.port().value(), moved.round(), due));
        return moved;
    }

    /** Closes the form, with a note to the importer (optional). */
    @Transactional
    public CbpForm close(String actionNumber, @Nullable String note, AuditActor officer) {
        String text = note == null || note.isBlank() ? null : note(note, "");
        CbpForm form = locked(actionNumber, officer);
        Instant at = clock.instant();
        CbpForm moved = FormMoves.close(form, officer.name(), at);
        store.update(moved, at);
        store.step(actionNumber, FormStep.Kind.CLOSED, moved.round(), officer.name(), text, null, at);
        note(moved, ReviewStep.FORM_CLOSED, officer, Map.of());
        audit.record(AuditRecord.of("CBP_FORM_CLOSED", AuditOutcome.SUCCESS).actor(officer)
                .object("CBP_FORM", actionNumber));
        events.publishEvent(new CbpFormClosed(actionNumber, form.kind().name(), form.entryNumber(),
                form.port().value(), null));
        return moved;
    }

    /** Follows a Form 28 with a Form 29 on the same entry: the Form 28 closed, the Form 29 issued; the new form. */
    @Transactional
    public CbpForm followUp(String actionNumber, IssueInput.Checked notice, AuditActor officer) {
        CbpForm form = locked(actionNumber, officer);
        if (form.kind() != FormKind.CF28) {
            throw new FormRefused("NOT_A_FORM_28", "Only a Form 28 is followed by a notice of action.");
        }
        Instant at = clock.instant();
        CbpForm closed = FormMoves.close(form, officer.name(), at);
        ReviewedEntry entry = entries.find(EntryNumber.parse(form.entryNumber())).orElseThrow();
        CbpForm followed = issue.issue(entry, FormKind.CF29, notice, actionNumber, officer);
        store.update(closed, at);
        store.step(actionNumber, FormStep.Kind.FOLLOWED_UP, closed.round(), officer.name(),
                followed.actionNumber(), null, at);
        note(closed, ReviewStep.FORM_CLOSED, officer, Map.of("outcome", "Followed by Form 29 "
                + followed.actionNumber()));
        audit.record(AuditRecord.of("CBP_FORM_CLOSED", AuditOutcome.SUCCESS).actor(officer)
                .object("CBP_FORM", actionNumber).detail("followedBy", followed.actionNumber()));
        events.publishEvent(new CbpFormClosed(actionNumber, form.kind().name(), form.entryNumber(),
                form.port().value(), followed.actionNumber()));
        return followed;
    }

    /** Assigns the form to an officer who works at its port (null: unassigned). */
    @Transactional
    public CbpForm assign(String actionNumber, @Nullable UUID assignee, AuditActor officer) {
        CbpForm form = locked(actionNumber, officer);
        if (form.status() == FormStatus.CLOSED) {
            throw new FormRefused("FORM_CLOSED", "This form is closed: it takes no more answers or steps.");
        }
        if (assignee != null && !ports.works(assignee, form.port())) {
            throw new FormRefused("ASSIGNEE_OUTSIDE_PORT", "That officer does not work at port "
                    + form.port().value() + ".");
        }
        Instant at = clock.instant();
        CbpForm moved = form.assignedTo(assignee);
        store.update(moved, at);
        store.step(actionNumber, FormStep.Kind.ASSIGNED, form.round(), officer.name(), null, null, at);
        audit.record(AuditRecord.of("CBP_FORM_ASSIGNED", AuditOutcome.SUCCESS).actor(officer)
                .object("CBP_FORM", actionNumber).detail("assignee", assignee));
        return moved;
    }

    private CbpForm locked(String actionNumber, AuditActor officer) {
        CbpForm form = store.lock(actionNumber).orElseThrow(() -> new FormRefused("FORM_NOT_FOUND",
                "No CBP form has that action number."));
        if (officer.id() == null || !ports.works(officer.id(), form.port())) {
            audit.record(AuditRecord.of("CBP_FORM_REFUSED", AuditOutcome.DENIED).actor(officer)
                    .object("CBP_FORM", actionNumber).detail("reason", "OUTSIDE_PORTS")
                    .detail("port", form.port().value()));
            throw new FormRefused("OUTSIDE_YOUR_PORTS", "This form is on an entry at port " + form.port().value()
                    + ", which is not one of your ports.");
        }
        return form;
    }

    private void note(CbpForm form, ReviewStep step, AuditActor officer, Map<String, String> more) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("form", form.kind().title());
        details.put("actionNumber", form.actionNumber());
        details.putAll(more);
        entries.note(EntryNumber.parse(form.entryNumber()), step, officer, details);
    }

    private static String note(String typed, String whenEmpty) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new FormRefused("NOTE_REQUIRED", whenEmpty);
        }
        if (text.length() > NOTE_MAX) {
            throw new FormRefused("NOTE_TOO_LONG", "Write at most " + NOTE_MAX + " characters.");
        }
        return text;
    }
}
