package org.openace.identity.admin;

import java.time.Clock;

import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.UserDeactivated;
import org.openace.identity.UserId;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator deactivates a user: they can no longer sign in, and every session they have open ends at once.
 * Administrators cannot deactivate themselves, and the last active administrator is never deactivated.
 */
@Component
class DeactivateUser {

    static final String ACTION = "USER_DEACTIVATED";

    private final PortalUsers users;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeactivateUser(PortalUsers users, SessionTerminator sessions, AuditTrail audit, TransactionTemplate transaction,
                   ApplicationEventPublisher events,
                   Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    ActionOutcome deactivate(CurrentUser admin, UserId id) {
        PortalUser target = users.findById(id).orElseThrow(UnknownUserException::new);
        if (admin.id().equals(id)) {
            return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("SELF",
                    "You cannot deactivate your own user. Ask another administrator."));
        }
        ActionOutcome outcome = transaction.execute(status -> {
            PortalUser user = users.findByIdForUpdate(id).orElseThrow(UnknownUserException::new);
            if (user.status() == UserStatus.DEACTIVATED) {
                return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict(
                        "ALREADY_DEACTIVATED", "User " + user.username() + " is already deactivated."));
            }
            if (user.status() == UserStatus.ACTIVE && user.roles().contains(Role.ADMINISTRATOR)) {
                users.lockAdministratorChanges();
                if (users.countActiveWithRoleOtherThan(Role.ADMINISTRATOR, id) == 0) {
                    return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict(
                            "LAST_ADMINISTRATOR", "User " + user.username()
                                    + " is the last active administrator and cannot be deactivated."));
                }
            }
            UserStatus before = user.status();
            user.deactivate(clock.instant());
            users.update(user);
            audit.record(AdminAudit.done(ACTION, admin, id).detail("previousStatus", before));
            events.publishEvent(new UserDeactivated(id));
            return new ActionOutcome.Done("");
        });
        if (!(outcome instanceof ActionOutcome.Done)) {
            return outcome;
        }
        // after the commit: from now on no new sign-in can succeed, so ending the sessions leaves none behind
        int ended = sessions.endAllSessionsOf(target.username());
        return new ActionOutcome.Done("User " + target.username() + " is deactivated and can no longer sign in. "
                + SessionsEnded.describe(ended));
    }
}
