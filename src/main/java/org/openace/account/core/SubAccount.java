package org.openace.account.core;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.BusinessActivity;
import org.openace.account.SubAccountId;

/** One business activity of a top account, with its state of approval. */
public record SubAccount(SubAccountId id, AccountId accountId, BusinessActivity activity, String name, Status status,
                         @Nullable String decisionReason, Instant createdAt) {

    /** Where a sub-account stands. */
    public enum Status {
        /** In use. */
        ACTIVE,
        /** A broker, filer or carrier sub-account waiting for a customs officer. */
        PENDING_APPROVAL,
        /** Refused by a customs officer, with a reason. */
        REJECTED,
        /** No longer in use. */
        CLOSED
    }
}
