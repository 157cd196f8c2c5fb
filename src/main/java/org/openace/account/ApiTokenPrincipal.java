package org.openace.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * The principal of a request authenticated with an API token: a machine acting for a trade account through one of
 * its filer-type sub-accounts, never a user. Carries the token's id (not its secret), the account, the sub-account
 * and its filer code.
 */
public record ApiTokenPrincipal(UUID tokenId, AccountId account, SubAccountId subAccount, String filerCode)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the token covers the function at the level: tokens are for filing (entries, edit and view). */
    public boolean covers(AccountFunction function, AccessLevel level) {
        return function == AccountFunction.ENTRIES;
    }

    /** How the audit names the machine: {@code api-token:<id>}. */
    public String auditName() {
        return auditName(tokenId);
    }

    /** How the audit names the token of this id, for work it asked for that goes on after its request. */
    public static String auditName(UUID tokenId) {
        return "api-token:" + tokenId;
    }
}
