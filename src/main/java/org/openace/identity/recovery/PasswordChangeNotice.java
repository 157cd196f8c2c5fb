package org.openace.identity.recovery;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openace.identity.user.PortalUser;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;

/** Tells a user by e-mail that their password was changed, so that a change they did not make is noticed. */
@Component
public class PasswordChangeNotice {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final PortalLinks portal;
    private final Clock clock;

    PasswordChangeNotice(Mailer mailer, PortalLinks portal, Clock clock) {
        this.mailer = mailer;
        this.portal = portal;
        this.clock = clock;
    }

    public void send(PortalUser user, String how, String clientAddress) {
        mailer.send(new OutgoingMail("PASSWORD_CHANGED_NOTICE", user.email().value(),
                "Your OpenACE password was changed", """
                The password of OpenACE user ID %s was changed on %s (%s, from network address %s).

                If you made this change, there is nothing to do. If you did not, call the support center at
                once: someone may have access to your e-mail or your second factor. Your sign-in and security
                settings:

                    %s
                """.formatted(user.username(), WHEN.format(clock.instant()), how, clientAddress,
                portal.link("/account/security"))));
    }
}
