package org.openace.account.overview;

import java.util.Map;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.core.SubAccount;

/** A sub-account a user reaches, with the highest level they have there for each function. */
public record ReachedSubAccount(SubAccount subAccount, Map<AccountFunction, AccessLevel> functions) {

    public ReachedSubAccount {
        functions = functions.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(functions));
    }
}
