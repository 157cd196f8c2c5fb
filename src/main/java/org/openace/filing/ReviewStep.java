package org.openace.filing;

/** A step of a CBP form or a protest, as the entry's history names it. */
public enum ReviewStep {
    FORM_ISSUED,
    FORM_ANSWERED,
    FORM_ASKED_AGAIN,
    FORM_CLOSED,
    PROTEST_FILED,
    PROTEST_DECIDED
}
