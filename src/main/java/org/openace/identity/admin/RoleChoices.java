package org.openace.identity.admin;

import org.jspecify.annotations.Nullable;
import org.openace.identity.Role;

/** Roles as the forms send them: the role's name. */
final class RoleChoices {

    private RoleChoices() {
    }

    /** The role a form value names, or null if it names none. */
    static @Nullable Role parse(String value) {
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
