package org.openace.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Audits a sign-out. */
final class SignOutAudit implements LogoutHandler {

    private final AuditTrail audit;

    SignOutAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            audit.record(AuditRecord.of("SIGN_OUT", AuditOutcome.SUCCESS)
                    .actor(AuditActor.user(user.userId(), user.username())).object("USER", user.id()));
        }
    }
}
