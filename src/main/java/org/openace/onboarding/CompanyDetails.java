package org.openace.onboarding;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openace.account.Address;

/** The company that will own the trade account: its legal name, the name it trades under, address and phone. */
record CompanyDetails(String legalName, @Nullable String doingBusinessAs, Address address, PhoneNumber phone) {

    static final int MAX_NAME = 200;
    static final int MAX_STREET = 200;
    static final int MAX_CITY = 100;
    static final int MAX_REGION = 100;
    static final int MAX_POSTAL_CODE = 20;

    CompanyDetails {
        legalName = Texts.required(legalName, MAX_NAME, "The legal name");
        doingBusinessAs = Texts.optional(doingBusinessAs, MAX_NAME, "The name the company does business as");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Texts.required(address.street(), MAX_STREET, "The street");
        Texts.required(address.city(), MAX_CITY, "The city");
        Texts.optional(address.region(), MAX_REGION, "The region");
        Texts.optional(address.postalCode(), MAX_POSTAL_CODE, "The postal code");
    }
}
