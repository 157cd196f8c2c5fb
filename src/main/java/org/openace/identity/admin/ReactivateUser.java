package org.openace.identity.admin;

import java.time.Clock;

import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.identity.user.InactivityProperties;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator reactivates a user who was disabled for inactivity or deactivated. The inactivity clock starts
 * again, and any lock is lifted.
 */
@Component
class ReactivateUser {

    static final String ACTION = "USER_REACTIVATED";

    private final PortalUsers users;
    private final InactivityProperties inactivity;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReactivateUser(PortalUsers users, InactivityProperties inactivity, AuditTrail audit,
                   TransactionTemplate transaction, Clock clock) {
        this.users = users;
        this.inactivity = inactivity;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    ActionOutcome reactivate(CurrentUser admin, UserId id) {
        return transaction.execute(status -> {
            PortalUser user = users.findByIdForUpdate(id).orElseThrow(UnknownUserException::new);
            if (user.status() == UserStatus.ACTIVE) {
                return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("ALREADY_ACTIVE",
                        "User " + user.username() + " is already active."));
            }
            UserStatus before = user.status();
            user.reactivate(clock.instant());
            users.update(user);
            audit.record(AdminAudit.done(ACTION, admin, id).detail("previousStatus", before));
            return new ActionOutcome.Done("User " + user.username() + " is active again and can sign in. They will be "
                    + "disabled again if they do not sign in within " + inactivity.limit().toDays() + " days.");
        });
    }
}
