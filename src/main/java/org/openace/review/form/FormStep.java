package org.openace.review.form;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One step of a form, as both sides see it: who did what in which round, with its note and due date. */
public record FormStep(int seq, Instant at, Kind kind, int round, String actorName, @Nullable String note,
                       @Nullable LocalDate dueOn) {

    /** What happened. */
    public enum Kind {
        ISSUED("Issued"),
        ANSWERED("Answered"),
        ASKED_AGAIN("More information asked"),
        CLOSED("Closed"),
        FOLLOWED_UP("Followed by a notice of action"),
        ASSIGNED("Assigned");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
