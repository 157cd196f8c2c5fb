package org.openace.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.RequestPaths;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Audits passkey registrations and removals handled by Spring Security's WebAuthn endpoints. */
final class PasskeyRegistrationAudit extends OncePerRequestFilter {

    private final AuditTrail audit;

    PasskeyRegistrationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return !(("POST".equals(request.getMethod()) && path.equals("/webauthn/register"))
                || ("DELETE".equals(request.getMethod()) && path.startsWith("/webauthn/register/")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        boolean ok = response.getStatus() / 100 == 2;
        String action = "POST".equals(request.getMethod()) ? "PASSKEY_REGISTERED" : "PASSKEY_REMOVED";
        audit.record(AuditRecord.of(action, ok ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .object("USER", user.id()).detail("status", response.getStatus()));
    }
}
