package org.openace.account.grant;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.SubAccountId;

/** One part of a grant: a function at a level on one of the grantor's sub-accounts. */
public record GrantScope(SubAccountId subAccount, AccountFunction function, AccessLevel level) {

    public GrantScope {
        if (!function.isGrantable()) {
            throw new IllegalArgumentException("Users and rights are never granted to another account");
        }
    }

    /** Whether this scope covers a wanted function and level on a sub-account. */
    public boolean covers(SubAccountId sub, AccountFunction wanted, AccessLevel level) {
        return subAccount.equals(sub) && function == wanted && this.level.covers(level);
    }
}
