package org.openace.identity.admin;

import java.util.Set;
import java.util.stream.Collectors;

import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator sets a user's portal roles. A user keeps at least one; administrators cannot remove their own
 * administrator role, and the last active administrator keeps it. The user's sessions end, so that the new roles
 * apply from their next sign-in and a removed role is not kept by a session.
 */
@Component
class ChangeRoles {

    static final String ACTION = "USER_ROLES_CHANGED";

    private final PortalUsers users;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ChangeRoles(PortalUsers users, SessionTerminator sessions, AuditTrail audit, TransactionTemplate transaction) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.transaction = transaction;
    }

    ActionOutcome change(CurrentUser admin, UserId id, Set<Role> roles) {
        PortalUser target = users.findById(id).orElseThrow(UnknownUserException::new);
        if (roles.isEmpty()) {
            return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.badInput("NO_ROLE",
                    "Choose at least one role."));
        }
        if (admin.id().equals(id) && !roles.contains(Role.ADMINISTRATOR)) {
            return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("OWN_ADMINISTRATOR_ROLE",
                    "You cannot remove your own administrator role. Ask another administrator."));
        }
        ActionOutcome outcome = transaction.execute(status -> {
            PortalUser user = users.findByIdForUpdate(id).orElseThrow(UnknownUserException::new);
            Set<Role> before = user.roles();
            if (before.equals(roles)) {
                return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("UNCHANGED",
                        "User " + user.username() + " already has exactly these roles; nothing was changed."));
            }
            if (before.contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                    && user.status() == UserStatus.ACTIVE) {
                users.lockAdministratorChanges();
                if (users.countActiveWithRoleOtherThan(Role.ADMINISTRATOR, id) == 0) {
                    return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict(
                            "LAST_ADMINISTRATOR", "User " + user.username()
                                    + " is the last active administrator and keeps the administrator role."));
                }
            }
            user.replaceRoles(roles);
            users.update(user);
            audit.record(AdminAudit.done(ACTION, admin, id).detail("from", names(before)).detail("to", names(roles)));
            return new ActionOutcome.Done("");
        });
        if (!(outcome instanceof ActionOutcome.Done)) {
            return outcome;
        }
        int ended = sessions.endAllSessionsOf(target.username());
        return new ActionOutcome.Done("User " + target.username() + " now has the roles: " + titles(roles) + ". "
                + (ended == 0 ? "" : SessionsEnded.describe(ended) + " The new roles apply from their next sign-in."));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static String titles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }
}
