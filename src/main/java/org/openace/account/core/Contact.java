package org.openace.account.core;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;

/** A person of an account who does not sign in: an officer of the company, a point of contact. */
public record Contact(UUID id, AccountId accountId, ContactKind kind, String name, @Nullable String title,
                     @Nullable String email, @Nullable String phone) {

    @Override
    public String toString() {
        return "Contact[" + id + ", " + kind + "]";
    }
}
