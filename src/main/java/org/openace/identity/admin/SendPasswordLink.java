package org.openace.identity.admin;

import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.identity.recovery.AdministratorResetLink;
import org.openace.identity.recovery.FirstPasswordInvitation;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator e-mails an active user a single-use link to choose a new password (the user still proves their
 * second factor). A user who never set a password gets a new invitation to set their first one instead.
 */
@Component
class SendPasswordLink {

    static final String ACTION = "PASSWORD_RESET_SENT_BY_ADMIN";

    private final PortalUsers users;
    private final AdministratorResetLink resetLink;
    private final FirstPasswordInvitation invitation;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SendPasswordLink(PortalUsers users, AdministratorResetLink resetLink, FirstPasswordInvitation invitation,
                     AuditTrail audit, TransactionTemplate transaction) {
        this.users = users;
        this.resetLink = resetLink;
        this.invitation = invitation;
        this.audit = audit;
        this.transaction = transaction;
    }

    ActionOutcome send(CurrentUser admin, UserId id) {
        PortalUser target = users.findById(id).orElseThrow(UnknownUserException::new);
        if (target.status() != UserStatus.ACTIVE) {
            return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("NOT_ACTIVE",
                    "User " + target.username() + " is not active. Reactivate the user first."));
        }
        if (!resetLink.allowedNow(target)) {
            return AdminAudit.refuse(audit, ACTION, admin, id, ActionOutcome.Refused.conflict("HOURLY_LIMIT",
                    "Too many password e-mails went to user " + target.username()
                            + " in the last hour. Try again later."));
        }
        boolean first = !target.hasPassword();
        // the link is stored and its mail queued in one transaction; the mail goes out after the commit
        transaction.executeWithoutResult(status -> {
            if (first) {
                invitation.send(target, "an administrator sent you this new link to set your password");
            }
            else {
                resetLink.send(target);
            }
            audit.record(AdminAudit.done(ACTION, admin, id).detail("link", first ? "FIRST_PASSWORD" : "RESET"));
        });
        return new ActionOutcome.Done(first
                ? "A new link to set a first password was e-mailed to " + target.email().value() + "."
                : "A password reset link was e-mailed to " + target.email().value() + ". It works once, within "
                        + resetLink.validityMinutes() + " minutes, and the user still needs their second factor.");
    }
}
