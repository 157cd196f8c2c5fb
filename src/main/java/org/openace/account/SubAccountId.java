package org.openace.account;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The internal id of a sub-account (one business activity of a top account). */
public record SubAccountId(UUID value) implements Serializable {

    public SubAccountId {
        Objects.requireNonNull(value, "value");
    }

    public static SubAccountId random() {
        return new SubAccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
