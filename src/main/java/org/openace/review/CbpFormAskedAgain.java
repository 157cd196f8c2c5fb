package org.openace.review;

import java.time.LocalDate;

/** An officer asked again after the trade's answer: the next round, to answer by the due date. */
public record CbpFormAskedAgain(String actionNumber, String form, String entryNumber, String port, int round,
                                LocalDate dueOn) {
}
