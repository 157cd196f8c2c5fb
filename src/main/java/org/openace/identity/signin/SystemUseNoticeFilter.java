package org.openace.identity.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No credential is accepted before the system use notification is acknowledged (NIST SP 800-53 AC-8): a password
 * is only checked when the form says the notification was acknowledged, and a passkey ceremony only starts in a
 * session that acknowledged it (or that already passed the password step, which did).
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
        String path = request.getServletPath();
        if (path.equals("/sign-in")) {
            if (!"yes".equals(request.getParameter("acknowledge"))) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                request.setAttribute(SignInFailureHandler.OUTCOME, SignInPageOutcome.NOTICE_NOT_ACKNOWLEDGED);
                String typed = request.getParameter("username");
                request.setAttribute(SignInFailureHandler.TYPED_USERNAME, typed == null || typed.length() > 64 ? "" : typed);
                request.getRequestDispatcher("/sign-in/failed").forward(request, response);
                return;
            }
            request.getSession().setAttribute(ACKNOWLEDGED, Boolean.TRUE);
        }
        else if (path.equals("/webauthn/authenticate/options") || path.equals("/login/webauthn")) {
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
