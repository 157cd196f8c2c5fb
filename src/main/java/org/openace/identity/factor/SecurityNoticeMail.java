package org.openace.identity.factor;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openace.identity.UserId;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;

/**
 * Tells a user by e-mail that a second factor of theirs changed or was used in a way worth noticing: an
 * authenticator app was added, a recovery code was used. Written in the transaction of the change, sent after it.
 * The message names the user and links to their security settings; it carries no other personal data.
 */
@Component
class SecurityNoticeMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PortalUsers users;
    private final Mailer mailer;
    private final PortalLinks portal;
    private final Clock clock;

    SecurityNoticeMail(PortalUsers users, Mailer mailer, PortalLinks portal, Clock clock) {
        this.users = users;
        this.mailer = mailer;
        this.portal = portal;
        this.clock = clock;
    }

    void authenticatorAppAdded(UserId id) {
        PortalUser user = users.findById(id).orElseThrow();
        mailer.send(new OutgoingMail("AUTHENTICATOR_ADDED_NOTICE", user.email().value(),
                "An authenticator app was added to your OpenACE sign-in", """
                Hello %s,

                An authenticator app was added as a second factor of your OpenACE sign-in on %s.

                If you did this, there is nothing to do. If you did not, someone may know your password: change it
                and remove the app at once in your sign-in and security settings, and call the support center:

                    %s
                """.formatted(user.displayName(), WHEN.format(clock.instant()),
                portal.link("/account/security"))));
    }

    void recoveryCodeUsed(UserId id, int remaining) {
        PortalUser user = users.findById(id).orElseThrow();
        mailer.send(new OutgoingMail("RECOVERY_CODE_USED_NOTICE", user.email().value(),
                "A recovery code of your OpenACE sign-in was used", """
                Hello %s,

                One of your OpenACE recovery codes was used on %s instead of your usual second factor. Each code works
                once; %d %s left.

                If you did this, consider making new recovery codes. If you did not, someone may have your password
                and your codes: change your password and make new codes at once, and call the support center:

                    %s
                """.formatted(user.displayName(), WHEN.format(clock.instant()), remaining,
                remaining == 1 ? "is" : "are", portal.link("/account/security"))));
    }
}
