package org.openace.account.core;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;

/**
 * A right of a user in an account: a function at a level on a sub-account, narrowed by importer number, filer code
 * (ids of the identifiers) and port ({@code 9900} for all).
 */
public record Right(UUID id, AccountId accountId, UserId userId, SubAccountId subAccountId, AccountFunction function,
                    AccessLevel level, @Nullable UUID importerIdentifierId, @Nullable UUID filerIdentifierId,
                    PortCode port) {

    /** What this right gives, without its id and holder. */
    public RightSpec spec() {
        return new RightSpec(subAccountId, function, level, importerIdentifierId, filerIdentifierId, port);
    }
}
