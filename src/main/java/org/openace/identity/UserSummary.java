package org.openace.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of a user: identity, contact, roles and sign-in state. No secrets.
 *
 * @param status {@code ACTIVE}, {@code DISABLED} (inactivity) or {@code DEACTIVATED}
 */
public record UserSummary(UserId id, Username username, String displayName, EmailAddress email, Set<Role> roles,
                          String status, boolean locked, boolean emailVerified, @Nullable Instant lastSignInAt) {

    public boolean isActive() {
        return status.equals("ACTIVE");
    }
}
