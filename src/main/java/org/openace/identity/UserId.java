package org.openace.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The internal, never-reused id of a user; safe to log and to put in a URL. */
public record UserId(UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId of(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
