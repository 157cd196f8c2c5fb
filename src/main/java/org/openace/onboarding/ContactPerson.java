package org.openace.onboarding;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;

/** Someone of the company the customs officer may contact, who does not sign in: the company officer, a point of contact. */
record ContactPerson(String name, @Nullable String title, EmailAddress email, @Nullable PhoneNumber phone) {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 100;

    ContactPerson {
        name = Texts.required(name, MAX_NAME, "The name");
        title = Texts.optional(title, MAX_TITLE, "The title");
        Objects.requireNonNull(email, "email");
    }

    @Override
    public String toString() {
        return "ContactPerson[" + email.masked() + "]";
    }
}
