package org.openace.account;

/** What a right is for. Everything a trade user can do belongs to one of these. */
public enum AccountFunction {
    ENTRIES("Entries and filings"),
    REVIEWS("Entries under review and CBP forms"),
    PAYMENTS("Payments and statements"),
    REPORTS("Reports and trends"),
    /** Managing the account's users and rights; never granted to another account. */
    USERS("Users and rights");

    private final String title;

    AccountFunction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Functions an importer may grant to another account. */
    public boolean isGrantable() {
        return this != USERS;
    }
}
