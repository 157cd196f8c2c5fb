package org.openace.account;

import org.openace.identity.UserId;

/**
 * A user stopped being a member of a trade account (removed, or their invitation withdrawn): their rights in it are
 * gone. Published in the transaction of the removal.
 *
 * @param account the trade account
 * @param user    the former member
 */
public record AccountMemberRemoved(AccountId account, UserId user) {
}
