package org.openace.payment.option;

import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * E-mails a portal user about a payment option, at the address on file, queued in the caller's transaction (nothing
 * goes out if it rolls back). A user no longer on file gets nothing. Bodies never hold a bank account's digits.
 */
@Component
class UserMail {

    private final UserDirectory users;
    private final Mailer mailer;

    UserMail(UserDirectory users, Mailer mailer) {
        this.users = users;
        this.mailer = mailer;
    }

    void send(UserId user, String kind, String subject, String body) {
        users.find(user).map(UserSummary::email).ifPresent(email ->
                mailer.send(new OutgoingMail(kind, email.value(), subject, body)));
    }
}
