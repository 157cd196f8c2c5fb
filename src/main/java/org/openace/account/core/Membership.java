package org.openace.account.core;

import java.time.Instant;

import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.identity.UserId;

/** A user's place in a trade account. A user may belong to several accounts. */
public record Membership(AccountId accountId, UserId userId, AccountRole role, Status status, Instant since) {

    /** Whether the membership is in force. */
    public enum Status { INVITED, ACTIVE, REMOVED }
}
