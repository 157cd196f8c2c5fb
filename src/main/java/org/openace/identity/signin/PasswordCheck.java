package org.openace.identity.signin;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.openace.identity.user.PortalUser;

/** The outcome of the first step of sign-in, the user ID and password. */
public sealed interface PasswordCheck {

    /** The password is right and the user may go on to the second factor. */
    record Passed(PortalUser user) implements PasswordCheck {
    }

    /**
     * Refused, with the one message for unknown user, wrong password and locked user.
     *
     * @param reason for the audit trail only, never shown: UNKNOWN_USER, WRONG_PASSWORD, LOCKED, NO_PASSWORD
     */
    record Refused(String reason) implements PasswordCheck {
    }

    /** The right password of a user who is disabled or deactivated: told so, since they proved who they are. */
    record Inactive(PortalUser user) implements PasswordCheck {
    }

    /** Too many failures from this address: try again later. */
    record Throttled(Duration retryAfter) implements PasswordCheck {
    }

    static @Nullable PortalUser userOf(PasswordCheck check) {
        return switch (check) {
            case Passed passed -> passed.user();
            case Inactive inactive -> inactive.user();
            default -> null;
        };
    }
}
