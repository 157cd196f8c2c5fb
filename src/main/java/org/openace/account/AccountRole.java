package org.openace.account;

/** The role of a user within one trade account (A3). */
public enum AccountRole {
    /** Trade Account Owner: everything in the account. */
    OWNER("Trade account owner"),
    /** Proxy Trade Account Owner: everything but creating proxies, merging and cross-account grants. */
    PROXY_OWNER("Proxy trade account owner"),
    /** Trade Account User: what their rights allow. */
    USER("Trade account user");

    private final String title;

    AccountRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isOwner() {
        return this != USER;
    }
}
