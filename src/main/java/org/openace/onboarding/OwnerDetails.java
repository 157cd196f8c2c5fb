package org.openace.onboarding;

import java.util.Objects;

import org.openace.identity.EmailAddress;
import org.openace.identity.Username;

/** The person who will own the trade account and sign in as its owner, with the user ID they chose. */
record OwnerDetails(String name, EmailAddress email, Username username) {

    static final int MAX_NAME = 200;

    OwnerDetails {
        name = Texts.required(name, MAX_NAME, "The owner's name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(username, "username");
    }

    @Override
    public String toString() {
        return "OwnerDetails[" + username + "]";
    }
}
