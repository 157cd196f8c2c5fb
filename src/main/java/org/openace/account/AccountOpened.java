package org.openace.account;

import org.openace.identity.UserId;

/**
 * A trade account was opened (an officer approved its application, or the demo data made it). Published in the
 * transaction that opens it.
 *
 * @param account the new account
 * @param owner   its owner
 */
public record AccountOpened(AccountId account, UserId owner) {
}
