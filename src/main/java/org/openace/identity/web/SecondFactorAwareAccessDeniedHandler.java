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
import org.springframework.security.web.csrf.CsrfException;

/**
 * A session that has the password but not yet the second factor is sent to the second-factor page; anyone else
 * refused gets the 403 page, or on the API ({@code /api/**}) an RFC 9457 problem document with a {@code code}
 * ({@code CSRF_TOKEN_INVALID} for a missing or wrong CSRF token, {@code FORBIDDEN} otherwise). Every refusal is
 * audited ({@code CSRF_REFUSED} or {@code ACCESS_DENIED}, with the method and path).
 */
final class SecondFactorAwareAccessDeniedHandler implements AccessDeniedHandler {

    /** The API's answer to a state-changing request without the session's CSRF token (or with a wrong one). */
    static final String CSRF_PROBLEM = "{\"title\":\"The CSRF token is missing or wrong\",\"status\":403,"
            + "\"detail\":\"Ask GET /api/v1/csrf and send its token in the header it names with every POST.\","
            + "\"code\":\"CSRF_TOKEN_INVALID\"}";
    static final String FORBIDDEN_PROBLEM = "{\"title\":\"Not allowed\",\"status\":403,\"code\":\"FORBIDDEN\"}";

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
        boolean csrf = denied instanceof CsrfException;
        audit.record(AuditRecord.of(csrf ? "CSRF_REFUSED" : "ACCESS_DENIED", AuditOutcome.DENIED)
                .detail("method", request.getMethod()).detail("path", truncate(request.getRequestURI())));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write(csrf ? CSRF_PROBLEM : FORBIDDEN_PROBLEM);
            return;
        }
        forbidden.handle(request, response, denied);
    }

    private static String truncate(String path) {
        return path.length() > 200 ? path.substring(0, 200) : path;
    }
}
