package org.openace.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openace.privacy.TaxIdentifier;

/**
 * A top trade account as read: the company, its masked tax identifier and its status. The full tax identifier is
 * only read through an audited reveal.
 */
public record TradeAccount(AccountId id, String number, String legalName, @Nullable String doingBusinessAs,
                           Address address, String phone, TaxIdentifier.Kind taxIdKind, String taxIdDisplay,
                           Status status, Instant createdAt) {

    /** Whether the account may be used. */
    public enum Status { ACTIVE, SUSPENDED }

    /** The name shown in lists: the legal name and, if different, the name it does business as. */
    public String displayName() {
        return doingBusinessAs == null || doingBusinessAs.isBlank() || doingBusinessAs.equals(legalName)
                ? legalName : legalName + " (" + doingBusinessAs + ")";
    }
}
