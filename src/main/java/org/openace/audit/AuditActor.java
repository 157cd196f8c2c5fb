package org.openace.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who did something: a user (by id and user ID, never by personal data), or the system itself.
 *
 * @param id   the user's id, or null for the system or an unidentified party
 * @param name the user ID, or a label such as {@code system} or {@code anonymous}
 */
public record AuditActor(@Nullable UUID id, String name) {

    public static final AuditActor SYSTEM = new AuditActor(null, "system");
    public static final AuditActor ANONYMOUS = new AuditActor(null, "anonymous");

    public static AuditActor user(UUID id, String username) {
        return new AuditActor(id, username);
    }
}
