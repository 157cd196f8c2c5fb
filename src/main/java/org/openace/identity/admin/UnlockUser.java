package org.openace.identity.admin;

import java.time.Clock;
import java.time.Instant;

import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** An administrator ends a user's lock (after failed sign-in attempts) before it runs out. */
@Component
class UnlockUser {

    static final String ACTION = "USER_UNLOCKED";

    private final PortalUsers users;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UnlockUser(PortalUsers users, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    ActionOutcome unlock(CurrentUser admin, UserId id) {
        return transaction.execute(status -> {
            PortalUser user = users.findByIdForUpdate(id).orElseThrow(UnknownUserException::new);
            Instant now = clock.instant();
            Instant lockedUntil = user.lockedUntil();
            if (lockedUntil == null || !user.isLockedAt(now)) {
                return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("NOT_LOCKED",
                        "User " + user.username() + " is not locked; nothing was changed."));
            }
            user.unlock(now);
            users.update(user);
            audit.record(AdminAudit.done(ACTION, admin, id).detail("wasLockedUntil", lockedUntil));
            return new ActionOutcome.Done("User " + user.username() + " is unlocked and can sign in again now.");
        });
    }
}
