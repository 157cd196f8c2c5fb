package org.openace.review.form;

/** Where a form stands. */
public enum FormStatus {
    /** The trade is asked to answer by the due date. */
    AWAITING_ANSWER("Awaiting the trade's answer"),
    /** The trade answered; the officer reviews the answer. */
    ANSWERED("Answered: under CBP review"),
    /** A notice of an action taken: the trade is told, no answer is asked. */
    NOTIFIED("Notice given"),
    /** Closed by the officer (or followed by a Form 29). */
    CLOSED("Closed");

    private final String title;

    FormStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
