package org.openace.onboarding;

import java.util.Objects;

import org.openace.identity.EmailAddress;
import org.openace.identity.UserId;

/** The customs officer deciding on an application: who they are, and their own e-mail address (for self-approval). */
record Reviewer(UserId id, String username, EmailAddress email) {

    Reviewer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
    }
}
