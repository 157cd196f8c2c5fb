package org.openace.account.overview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * What a user may reach, sub-account by sub-account, from the one authorization service's scopes: for each
 * sub-account, the functions and the highest level. Read inside the database, per function and level.
 */
@Component
public class Reach {

    private final AccessControl access;
    private final SubAccounts subAccounts;

    Reach(AccessControl access, SubAccounts subAccounts) {
        this.access = access;
        this.subAccounts = subAccounts;
    }

    /** The sub-accounts the user may view something of (of one account, or of all), by account and activity. */
    public List<ReachedSubAccount> of(UserId user, @Nullable AccountId account) {
        Map<SubAccountId, SubAccount> found = new LinkedHashMap<>();
        Map<SubAccountId, Map<AccountFunction, AccessLevel>> levels = new LinkedHashMap<>();
        for (AccountFunction function : AccountFunction.values()) {
            for (AccessLevel level : List.of(AccessLevel.VIEW, AccessLevel.EDIT)) {
                for (SubAccount sub : subAccounts.inScope(access.scope(user, function, level), account)) {
                    found.putIfAbsent(sub.id(), sub);
                    levels.computeIfAbsent(sub.id(), id -> new EnumMap<>(AccountFunction.class)).put(function, level);
                }
            }
        }
        List<ReachedSubAccount> reached = new ArrayList<>();
        found.values().stream()
                .sorted(java.util.Comparator.comparing((SubAccount s) -> s.accountId().value())
                        .thenComparing(SubAccount::activity).thenComparing(SubAccount::createdAt))
                .forEach(sub -> reached.add(new ReachedSubAccount(sub, levels.get(sub.id()))));
        return reached;
    }
}
