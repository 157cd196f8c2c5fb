package org.openace.identity.recovery;

import java.time.Clock;

import org.openace.identity.user.PortalUser;
import org.openace.identity.web.PortalAddress;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * A password reset link that an administrator sends a user (who then still proves their second factor, as with
 * "Forgot your password?"). Counts towards the same hourly limit of reset mails per user.
 */
@Component
public class AdministratorResetLink {

    private final PasswordLinks links;
    private final Mailer mailer;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final String baseUrl;

    AdministratorResetLink(PasswordLinks links, Mailer mailer, RecoveryProperties properties, Clock clock,
                           PortalAddress portal) {
        this.links = links;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = portal.baseUrl();
    }

    /** Whether another reset mail may go to the user now, under the hourly limit. */
    public boolean allowedNow(PortalUser user) {
        return links.issuedSince(user.id(), clock.instant().minusSeconds(3600)) < properties.mailsPerHour();
    }

    /** How long the link stays usable, in minutes (to tell the administrator). */
    public long validityMinutes() {
        return properties.linkValidity().toMinutes();
    }

    /**
     * Issues a link and e-mails it to the address on record (the mail is queued in the caller's transaction and
     * goes out after the commit).
     */
    public void send(PortalUser user) {
        String token = links.issue(user.id(), LinkPurpose.RESET, properties.linkValidity());
        mailer.send(new OutgoingMail("PASSWORD_RESET_LINK", user.email().value(), "Reset your OpenACE password", """
                An OpenACE administrator sent you a link to choose a new password for user ID %s.

                To choose a new password, open this link within %d minutes. It works once:

                    %s/reset-password/%s

                You will still be asked for your second factor. If you did not expect this message, call the support
                center: your password has not changed.
                """.formatted(user.username(), properties.linkValidity().toMinutes(), baseUrl, token)));
    }
}
