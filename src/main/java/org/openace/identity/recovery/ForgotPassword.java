package org.openace.identity.recovery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.EmailAddress;
import org.openace.identity.Username;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": for a known, active user under the hourly limit, e-mails a single-use link to the
 * address on record. Runs in the background after the page has answered, so the answer and its timing are the
 * same whether or not the user exists.
 */
@Component
public class ForgotPassword {

    private final PortalUsers users;
    private final PasswordLinks links;
    private final Mailer mailer;
    private final RecoveryProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    ForgotPassword(PortalUsers users, PasswordLinks links, Mailer mailer, RecoveryProperties properties,
                   AuditTrail audit, Clock clock, org.openace.identity.web.PortalAddress portal) {
        this.users = users;
        this.links = links;
        this.mailer = mailer;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = portal.baseUrl();
    }

    /** Handles a request for the user ID or e-mail address someone typed, from a client address. */
    @Transactional
    public void request(String typed, String clientAddress) {
        List<PortalUser> matches = typed != null && typed.contains("@")
                ? EmailAddress.parse(typed).map(users::findByEmail).orElse(List.of())
                : Username.parse(typed).flatMap(users::findByUsername).map(List::of).orElse(List.of());
        if (matches.isEmpty()) {
            audit.record(AuditRecord.of("PASSWORD_RESET_REQUESTED", AuditOutcome.FAILURE).actor(AuditActor.ANONYMOUS)
                    .from(clientAddress).detail("reason", "UNKNOWN_USER"));
            return;
        }
        for (PortalUser user : matches.subList(0, Math.min(matches.size(), 5))) {
            sendLink(user, clientAddress);
        }
    }

    private void sendLink(PortalUser user, String clientAddress) {
        AuditActor actor = AuditActor.user(user.id().value(), user.username().value());
        if (user.status() != UserStatus.ACTIVE) {
            audit.record(AuditRecord.of("PASSWORD_RESET_REQUESTED", AuditOutcome.DENIED).actor(actor).from(clientAddress)
                    .object("USER", user.id()).detail("reason", user.status()));
            return;
        }
        // requests run in the background, several at once: the user's row is locked so that they count one by one
        users.findByIdForUpdate(user.id());
        Instant hourAgo = clock.instant().minusSeconds(3600);
        if (links.issuedSince(user.id(), hourAgo) >= properties.mailsPerHour()) {
            audit.record(AuditRecord.of("PASSWORD_RESET_REQUESTED", AuditOutcome.DENIED).actor(actor).from(clientAddress)
                    .object("USER", user.id()).detail("reason", "HOURLY_LIMIT"));
            return;
        }
        String token = links.issue(user.id(), LinkPurpose.RESET, properties.linkValidity());
        mailer.send(new OutgoingMail("PASSWORD_RESET_LINK", user.email().value(), "Reset your OpenACE password", """
                Someone (we hope you) asked to reset the password of OpenACE user ID %s from network address %s.

                To choose a new password, open this link within %d minutes. It works once:

                    %s/reset-password/%s

                You will still be asked for your second factor. If you did not ask for this, ignore this message:
                your password has not changed.
                """.formatted(user.username(), clientAddress, properties.linkValidity().toMinutes(), baseUrl, token)));
        audit.record(AuditRecord.of("PASSWORD_RESET_REQUESTED", AuditOutcome.SUCCESS).actor(actor).from(clientAddress)
                .object("USER", user.id()));
    }
}
