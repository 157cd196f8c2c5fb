package org.openace.identity.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;
import org.openace.platform.RequestPaths;

/**
 * No credential is accepted before the system use notification is acknowledged (NIST SP 800-53 AC-8): a passkey
 * ceremony only starts in a session that acknowledged it (or that already passed the password step, which did).
 * The password form carries its own acknowledgement, checked by the sign-in controller.
 */
public class SystemUseNoticeFilter extends OncePerRequestFilter {

    public static final String ACKNOWLEDGED = SystemUseNoticeFilter.class.getName() + ".acknowledged";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = RequestPaths.of(request);
        if (path.equals("/webauthn/authenticate/options") || path.equals("/login/webauthn")) {
            HttpSession session = request.getSession(false);
            if (session == null || session.getAttribute(ACKNOWLEDGED) == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"title\":\"Acknowledge the system use notification first\","
                        + "\"status\":400,\"code\":\"NOTICE_NOT_ACKNOWLEDGED\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
