package org.openace.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A session that has the password but not yet the second factor is sent to the second-factor page; anyone else
 * refused gets the 403 page, and the refusal is audited.
 */
final class SecondFactorAwareAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    private final AuditTrail audit;

    SecondFactorAwareAccessDeniedHandler(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (TwoFactorAuthorization.awaitsSecondFactor(SecurityContextHolder.getContext().getAuthentication())) {
            response.sendRedirect(request.getContextPath() + "/sign-in/verify");
            return;
        }
        audit.record(AuditRecord.of("ACCESS_DENIED", AuditOutcome.DENIED)
                .detail("method", request.getMethod()).detail("path", truncate(request.getRequestURI())));
        forbidden.handle(request, response, denied);
    }

    private static String truncate(String path) {
        return path.length() > 200 ? path.substring(0, 200) : path;
    }
}
