package org.openace.identity.session;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.openace.platform.RequestPaths;

/**
 * Ends signed-in sessions that ran out of time (idle or absolute), before anything else of the request runs,
 * and records activity on every other request. Requests to the session status endpoint do not count as activity.
 * A page request after the end goes to the signed-out page, which says why; a script request gets 401.
 */
public class SessionTimeoutFilter extends OncePerRequestFilter {

    public static final String STATUS_PATH = "/session/status";

    private final SessionClock clock;
    private final AuditTrail audit;

    public SessionTimeoutFilter(SessionClock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.isSignedIn(session)) {
            Optional<SessionEnd> end = clock.expiry(session);
            if (end.isPresent()) {
                endSession(request, response, session, end.get());
                return;
            }
            if (!STATUS_PATH.equals(RequestPaths.of(request))) {
                clock.touch(session);
            }
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                            SessionEnd end) throws IOException {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext securityContext) {
            Authentication authentication = securityContext.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                audit.record(AuditRecord.of("SESSION_ENDED", AuditOutcome.SUCCESS)
                        .actor(org.openace.audit.AuditActor.user(user.userId(), user.username()))
                        .object("USER", user.id()).detail("reason", end));
            }
        }
        session.invalidate();
        String target = request.getContextPath() + "/signed-out?reason=" + end.parameter();
        if (isScriptRequest(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", target);
            response.setContentType("application/json");
            response.getWriter().write("{\"signedIn\":false,\"remainingSeconds\":0}");
            return;
        }
        response.sendRedirect(target);
    }

    static boolean isScriptRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("HX-Request") != null
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
