package org.openace.account;

import org.openace.identity.UserId;

/**
 * The one authorization service for trade data (A4, A5): may this user do this function at this level on this
 * data? Web pages and the API both ask it; lists are narrowed with {@link #scope} inside their queries. Answers from
 * the rights, grants and delegations in force now (a revoked or expired grant counts on the very next request).
 */
public interface AccessControl {

    boolean may(UserId user, AccountFunction function, AccessLevel level, DataRef data);

    /** May the user do this on at least one sub-account of the account (an account-level page)? */
    boolean mayOnAccount(UserId user, AccountFunction function, AccessLevel level, AccountId account);

    /**
     * May the user do this on what a data id names ({@link DataResolver}): on any one of the sub-accounts a piece of
     * data is visible from, or on some sub-account of a whole account.
     */
    default boolean may(UserId user, AccountFunction function, AccessLevel level, DataTarget target) {
        return switch (target) {
            case DataTarget.Data data -> data.refs().stream().anyMatch(ref -> may(user, function, level, ref));
            case DataTarget.WholeAccount whole -> mayOnAccount(user, function, level, whole.account());
        };
    }

    /** The data the user may reach for this function and level, to join in a query. */
    EntitledScope scope(UserId user, AccountFunction function, AccessLevel level);

    /** The user's role in an account, if they are an active member of it. */
    java.util.Optional<AccountRole> roleIn(UserId user, AccountId account);

    /** The active accounts the user is an active member of (any role), in no particular order. */
    java.util.List<AccountId> accountsOf(UserId user);
}
