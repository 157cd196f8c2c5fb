package org.openace.identity.settings;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.password.PasswordHashing;
import org.openace.identity.signin.Lockout;
import org.openace.identity.user.PortalUser;
import org.openace.platform.ClientAddress;
import org.springframework.stereotype.Component;

/**
 * Asks for the current password again before a sensitive change (password, e-mail, removing a factor). A wrong
 * password counts towards the lockout like one at sign-in.
 */
@Component
class Reauthentication {

    private final PasswordHashing hashing;
    private final Lockout lockout;
    private final AuditTrail audit;

    Reauthentication(PasswordHashing hashing, Lockout lockout, AuditTrail audit) {
        this.hashing = hashing;
        this.lockout = lockout;
        this.audit = audit;
    }

    /** True if the password is the user's; otherwise the failure is recorded. */
    boolean confirm(PortalUser user, String password, String purpose, HttpServletRequest request) {
        String hash = user.passwordHash();
        if (hash != null && password.length() <= 1024 && hashing.matches(password, hash)) {
            return true;
        }
        boolean locked = lockout.recordFailure(user, ClientAddress.of(request));
        audit.record(AuditRecord.of("REAUTHENTICATION", AuditOutcome.FAILURE).object("USER", user.id())
                .detail("purpose", purpose).detail("nowLocked", locked));
        return false;
    }
}
