package org.openace.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Where someone not signed in is sent: a page request whose session has ended goes to the signed-out page (which
 * says so), any other page request to the sign-in page; a script or API request gets 401 with a problem document.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (isScriptRequest(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Sign in first\",\"status\":401,\"code\":\"NOT_SIGNED_IN\"}");
            return;
        }
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            response.sendRedirect(request.getContextPath() + "/signed-out?reason=expired");
            return;
        }
        signIn.commence(request, response, failure);
    }

    static boolean isScriptRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("HX-Request") != null || request.getRequestURI().startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
