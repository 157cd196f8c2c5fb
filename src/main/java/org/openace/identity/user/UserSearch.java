package org.openace.identity.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openace.identity.Role;

/**
 * What an administrator looks for in the list of users. A null part does not filter.
 *
 * @param text     part of the user ID, the name or the e-mail address, in any case
 * @param status   only users in this status
 * @param lockedAt only users locked at this instant
 * @param role     only users with this role
 */
public record UserSearch(@Nullable String text, @Nullable UserStatus status, @Nullable Instant lockedAt,
                         @Nullable Role role) {

    public UserSearch {
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    public static UserSearch everyone() {
        return new UserSearch(null, null, null, null);
    }
}
