package org.openace.review;

/** The trade answered a round of a CBP form (for the officer's queue, notifications and webhooks). */
public record CbpFormAnswered(String actionNumber, String form, String entryNumber, String port, int round,
                              int documents) {
}
