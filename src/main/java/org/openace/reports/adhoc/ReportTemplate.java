package org.openace.reports.adhoc;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.identity.UserId;

/**
 * A saved ad hoc report: its owner, the trade account it is kept under (null: a customs officers' template), its
 * name, its definition as JSON, and whether the account's other members (the other officers) see it.
 */
record ReportTemplate(UUID id, @Nullable AccountId account, UserId owner, String name, String definition,
                      boolean shared, Instant createdAt, Instant updatedAt) {

    boolean ownedBy(UserId user) {
        return owner.equals(user);
    }
}
