package org.openace.identity.admin;

import java.util.Set;

import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.recovery.FirstPasswordInvitation;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.UserRegistration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator creates a user, who gets an e-mail with a link to set their first password. The user and the
 * mail go together: the mail is queued in the transaction that creates the user and goes out after its commit.
 */
@Component
class CreateUser {

    /** What became of the creation. */
    sealed interface Result {
        record Created(PortalUser user) implements Result {
        }

        record UsernameTaken() implements Result {
        }
    }

    private final UserRegistration registration;
    private final FirstPasswordInvitation invitation;
    private final TransactionTemplate transaction;

    CreateUser(UserRegistration registration, FirstPasswordInvitation invitation,
               TransactionTemplate transaction) {
        this.registration = registration;
        this.invitation = invitation;
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
                invitation.send(registered.user().get(), "an administrator created it for you");
                return new Result.Created(registered.user().get());
            });
        }
        catch (DuplicateKeyException e) {
            result = new Result.UsernameTaken(); // created by someone else at the same moment
        }
        return result;
    }
}
