package org.openace.onboarding;

import org.openace.identity.EmailAddress;

/** The person filling in the application, who is sent its reference and the private link to resume it. */
record Applicant(String name, EmailAddress email) {

    static final int MAX_NAME = 200;

    Applicant {
        name = Texts.required(name, MAX_NAME, "The applicant's name");
        java.util.Objects.requireNonNull(email, "email");
    }

    @Override
    public String toString() {
        return "Applicant[" + email.masked() + "]";
    }
}
