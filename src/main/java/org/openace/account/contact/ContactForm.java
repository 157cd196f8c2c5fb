package org.openace.account.contact;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openace.account.core.Contact;

/** A contact as typed. */
record ContactForm(@Size(max = 40, message = "Choose what the contact is for.") @Nullable String kind,
                   @Size(max = 400, message = "Keep the name to 200 characters or fewer.") @Nullable String name,
                   @Size(max = 200, message = "Keep the title to 100 characters or fewer.") @Nullable String title,
                   @Size(max = 400, message = "An e-mail address has at most 254 characters.") @Nullable String email,
                   @Size(max = 80, message = "Keep the phone number to 40 characters or fewer.") @Nullable String phone) {

    static ContactForm empty() {
        return new ContactForm("POINT_OF_CONTACT", "", "", "", "");
    }

    static ContactForm of(Contact contact) {
        return new ContactForm(contact.kind().name(), contact.name(), orEmpty(contact.title()),
                orEmpty(contact.email()), orEmpty(contact.phone()));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
