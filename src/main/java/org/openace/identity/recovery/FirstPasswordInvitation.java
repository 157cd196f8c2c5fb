package org.openace.identity.recovery;

import org.openace.identity.user.PortalUser;
import org.openace.identity.web.PortalAddress;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.springframework.stereotype.Component;

/** E-mails a new user the link to set their first password (and so to verify their address). */
@Component
public class FirstPasswordInvitation {

    private final PasswordLinks links;
    private final Mailer mailer;
    private final RecoveryProperties properties;
    private final String baseUrl;

    FirstPasswordInvitation(PasswordLinks links, Mailer mailer, RecoveryProperties properties, PortalAddress portal) {
        this.links = links;
        this.mailer = mailer;
        this.properties = properties;
        this.baseUrl = portal.baseUrl();
    }

    /** Sends the invitation; {@code context} says why the user exists (e.g. "an administrator created it"). */
    public void send(PortalUser user, String context) {
        String token = links.issue(user.id(), LinkPurpose.FIRST_PASSWORD, properties.firstPasswordValidity());
        mailer.send(new OutgoingMail("FIRST_PASSWORD_LINK", user.email().value(), "Welcome to OpenACE: set your password", """
                Welcome to OpenACE, %s.

                Your user ID is %s; %s. To choose your password, open this link within %d hours. It works once:

                    %s/reset-password/%s

                Then sign in with your user ID, your password and the code we e-mail you.
                """.formatted(user.displayName(), user.username(), context,
                properties.firstPasswordValidity().toHours(), baseUrl, token)));
    }
}
