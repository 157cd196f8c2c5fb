package org.openace.onboarding;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;

/**
 * One entry of an application's history.
 *
 * @param actorId   the officer's user, or null for the applicant
 * @param actorName the officer's user ID, or {@code applicant}
 * @param reason    the reasons given when returning, otherwise null
 */
record ApplicationEvent(Kind kind, @Nullable UserId actorId, String actorName, Instant at, @Nullable String reason) {

    static final String APPLICANT = "applicant";

    /** What happened. */
    enum Kind {
        STARTED("Started"),
        SUBMITTED("Submitted"),
        RETURNED("Returned to the applicant"),
        RESUBMITTED("Submitted again"),
        APPROVED("Approved");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    static ApplicationEvent byApplicant(Kind kind, Instant at) {
        return new ApplicationEvent(kind, null, APPLICANT, at, null);
    }

    static ApplicationEvent byReviewer(Kind kind, Reviewer reviewer, Instant at, @Nullable String reason) {
        return new ApplicationEvent(kind, reviewer.id(), reviewer.username(), at, reason);
    }
}
