package org.openace.account;

import java.time.Instant;
import java.util.List;

import org.openace.identity.UserId;

/**
 * The members of the accounts a user owns (as owner or proxy owner) who will be disabled for inactivity soon unless
 * they sign in: what an owner should chase before a colleague is locked out (the 45-day rule).
 */
public interface MembersNearInactivity {

    /** The active members of the owner's accounts disabled before {@code by}, the soonest first. */
    List<Member> of(UserId owner, Instant by);

    /**
     * A member at risk.
     *
     * @param account     the account they are a member of
     * @param accountName its name as shown in lists
     * @param user        the member
     * @param displayName their name
     * @param disabledAt  when they are disabled unless they sign in
     */
    record Member(AccountId account, String accountName, UserId user, String displayName, Instant disabledAt) {
    }
}
