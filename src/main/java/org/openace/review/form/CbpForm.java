package org.openace.review.form;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.review.form.FormKind.Notice;

/**
 * A CBP form as it stands: what was issued (kind, notice, subject, the officer's text and, for a Form 29, the change
 * to the entry), on which entry, and where it is in its conversation with the trade (status, round, due date). A
 * round is one question and its answer: asking again starts the next one. The moves are {@link FormMoves}'.
 */
public record CbpForm(String actionNumber, FormKind kind, Notice notice, String entryNumber, PortCode port,
                      String filerCode, String importerDisplay, FormSubject subject, String body,
                      @Nullable String entryChange, FormStatus status, int round, UUID issuedBy, String issuedByName,
                      Instant issuedAt, LocalDate issuedOn, @Nullable LocalDate dueOn, @Nullable Instant answeredAt,
                      @Nullable Instant closedAt, @Nullable String closedByName, @Nullable String follows,
                      @Nullable UUID assignedTo) {

    /** Whether an answer is asked and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return status == FormStatus.AWAITING_ANSWER && dueOn != null && today.isAfter(dueOn);
    }

    /** Whether an answer is asked and due within {@code days} days of today (overdue ones included). */
    public boolean dueWithin(LocalDate today, int days) {
        return status == FormStatus.AWAITING_ANSWER && dueOn != null && !dueOn.isAfter(today.plusDays(days));
    }

    /** "CBP Form 28, Request for Information" or "CBP Form 29, Notice of Action (proposed action)". */
    public String title() {
        return kind.title() + ", " + kind.formName() + (notice == Notice.NONE ? "" : " (" + notice.title()
                .toLowerCase(java.util.Locale.ROOT) + ")");
    }

    CbpForm assignedTo(@Nullable UUID officer) {
        return new CbpForm(actionNumber, kind, notice, entryNumber, port, filerCode, importerDisplay, subject, body,
                entryChange, status, round, issuedBy, issuedByName, issuedAt, issuedOn, dueOn, answeredAt, closedAt,
                closedByName, follows, officer);
    }

    CbpForm with(FormStatus status, int round, @Nullable LocalDate dueOn, @Nullable Instant answeredAt,
                 @Nullable Instant closedAt, @Nullable String closedByName) {
        return new CbpForm(actionNumber, kind, notice, entryNumber, port, filerCode, importerDisplay, subject, body,
                entryChange, status, round, issuedBy, issuedByName, issuedAt, issuedOn, dueOn, answeredAt, closedAt,
                closedByName, follows, assignedTo);
    }
}
