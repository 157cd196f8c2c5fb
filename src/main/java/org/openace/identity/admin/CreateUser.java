package org.openace.identity.admin;

import java.util.Set;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.recovery.FirstPasswordInvitation;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.UserRegistration;
import org.openace.notification.MailNotSentException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator creates a user, who gets an e-mail with a link to set their first password. The user and the
 * mail go together: if the mail cannot be sent, the user is not created.
 */
@Component
class CreateUser {

    /** What became of the creation. */
    sealed interface Result {
        record Created(PortalUser user) implements Result {
        }

        record UsernameTaken() implements Result {
        }

        record MailNotSent() implements Result {
        }
    }

    private final UserRegistration registration;
    private final FirstPasswordInvitation invitation;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CreateUser(UserRegistration registration, FirstPasswordInvitation invitation, AuditTrail audit,
               TransactionTemplate transaction) {
        this.registration = registration;
        this.invitation = invitation;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Creates the user (audited as {@code USER_CREATED} with the administrator as actor) and invites them. */
    Result create(Username username, String displayName, EmailAddress email, Set<Role> roles) {
        Result result;
        try {
            result = transaction.execute(status -> {
                UserRegistration.Result registered = registration.register(username, displayName, email, roles);
                if (registered.user().isEmpty()) {
                    return new Result.UsernameTaken();
                }
                try {
                    invitation.send(registered.user().get(), "an administrator created it for you");
                }
                catch (MailNotSentException e) {
                    status.setRollbackOnly();
                    return new Result.MailNotSent();
                }
                return new Result.Created(registered.user().get());
            });
        }
        catch (DuplicateKeyException e) {
            result = new Result.UsernameTaken(); // created by someone else at the same moment
        }
        if (result instanceof Result.MailNotSent) {
            // written after the rollback, which took the creation and its audit row back
            audit.record(AuditRecord.of("USER_CREATED", AuditOutcome.FAILURE).detail("reason", "MAIL_NOT_SENT")
                    .detail("roles", roles));
        }
        return result;
    }
}
