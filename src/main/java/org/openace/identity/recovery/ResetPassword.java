package org.openace.identity.recovery;

import java.util.Optional;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.password.NewPassword;
import org.openace.identity.password.PasswordViolation;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a password link: sets the new password, spends the link (and any other open link of the user),
 * lifts a lock, ends every session of the user, and tells them by e-mail.
 */
@Component
public class ResetPassword {

    private final PortalUsers users;
    private final PasswordLinks links;
    private final NewPassword newPassword;
    private final SessionTerminator sessions;
    private final PasswordChangeNotice notice;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ResetPassword(PortalUsers users, PasswordLinks links, NewPassword newPassword, SessionTerminator sessions,
                  PasswordChangeNotice notice, AuditTrail audit, java.time.Clock clock) {
        this.users = users;
        this.links = links;
        this.newPassword = newPassword;
        this.sessions = sessions;
        this.notice = notice;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is wrong with the password, or empty when it was set. */
    @Transactional
    public Optional<PasswordViolation> complete(PasswordLinks.Link link, String password, String clientAddress) {
        PortalUser user = users.findByIdForUpdate(link.user()).orElseThrow();
        Optional<PasswordViolation> violation = newPassword.set(user, password);
        if (violation.isPresent()) {
            return violation;
        }
        if (!links.spend(link)) {
            throw new IllegalStateException("The link was used meanwhile");
        }
        user.unlock(clock.instant());
        if (link.purpose() == LinkPurpose.FIRST_PASSWORD) {
            user.verifyEmail(clock.instant()); // the link reached the address
        }
        users.update(user);
        sessions.endAllSessionsOf(user.username());
        audit.record(AuditRecord.of(link.purpose() == LinkPurpose.RESET ? "PASSWORD_RESET" : "PASSWORD_FIRST_SET",
                AuditOutcome.SUCCESS).actor(AuditActor.user(user.id().value(), user.username().value()))
                .object("USER", user.id()));
        if (link.purpose() == LinkPurpose.RESET) {
            notice.send(user, "with a reset link", clientAddress);
        }
        return Optional.empty();
    }
}
