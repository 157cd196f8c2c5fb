package org.openace.review.form;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The form's state machine. A form asking an answer waits for it ({@link FormStatus#AWAITING_ANSWER}) until the trade
 * answers ({@link FormStatus#ANSWERED}); the officer then asks again (the next round, waiting again) or closes it. A
 * notice of an action taken ({@link FormStatus#NOTIFIED}) asks no answer and is only closed. A closed form takes no
 * move. Each move returns the form as it then stands, or is refused with {@link FormRefused}; nothing else changes
 * a form.
 */
public final class FormMoves {

    private FormMoves() {
    }

    /** The trade's answer to the current round. */
    public static CbpForm answer(CbpForm form, Instant at) {
        return switch (form.status()) {
            case AWAITING_ANSWER -> form.with(FormStatus.ANSWERED, form.round(), form.dueOn(), at, null, null);
            case ANSWERED -> throw new FormRefused("FORM_ALREADY_ANSWERED", "This form is answered and with CBP for "
                    + "review: the answer cannot be changed. If CBP asks again, you can answer again.");
            case NOTIFIED -> throw new FormRefused("NO_ANSWER_ASKED", "This is a notice of an action taken: no answer "
                    + "is asked. You may file a post-summary correction or, after liquidation, a protest.");
            case CLOSED -> throw closed();
        };
    }

    /** The officer asks again after an answer: the next round, to answer by {@code dueOn}. */
    public static CbpForm askAgain(CbpForm form, LocalDate dueOn, LocalDate today) {
        if (form.status() == FormStatus.CLOSED) {
            throw closed();
        }
        if (form.status() != FormStatus.ANSWERED) {
            throw new FormRefused("NOT_ANSWERED", form.status() == FormStatus.NOTIFIED
                    ? "A notice of an action taken asks no answer: issue a Form 28 to ask for information."
                    : "The trade has not answered this round yet: wait for the answer (or close the form).");
        }
        if (!dueOn.isAfter(today)) {
            throw new FormRefused("DUE_DATE_PAST", "The new due date must be after today.");
        }
        return form.with(FormStatus.AWAITING_ANSWER, form.round() + 1, dueOn, null, null, null);
    }

    /** The officer closes the form, whatever its open state. */
    public static CbpForm close(CbpForm form, String closedBy, Instant at) {
        if (form.status() == FormStatus.CLOSED) {
            throw closed();
        }
        return form.with(FormStatus.CLOSED, form.round(), form.dueOn(), form.answeredAt(), at, closedBy);
    }

    private static FormRefused closed() {
        return new FormRefused("FORM_CLOSED", "This form is closed: it takes no more answers or steps.");
    }
}
