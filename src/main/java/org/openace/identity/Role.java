package org.openace.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The portal-wide roles of a user. Rights within a trade account are granted per account, not here. */
public enum Role {
    /** A customs administrator: user security, site notices, terms, the audit console. */
    ADMINISTRATOR("Customs administrator"),
    /** A customs officer: reviews applications, issues forms, works queues. */
    OFFICER("Customs officer"),
    /** A user of one or more trade accounts (importer, broker, carrier, ...). */
    TRADE("Trade user"),
    /** A user of a participating government agency. */
    PGA("Partner agency user");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** Government users (customs and agencies) have a shorter idle limit when they administer. */
    public boolean isGovernment() {
        return this != TRADE;
    }
}
