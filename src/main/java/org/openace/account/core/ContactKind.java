package org.openace.account.core;

/** What a contact of an account (a person who does not sign in) is for. */
public enum ContactKind {
    COMPANY_OFFICER("Company officer"),
    POINT_OF_CONTACT("Point of contact"),
    BILLING("Billing contact"),
    TECHNICAL("Technical contact");

    private final String title;

    ContactKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
