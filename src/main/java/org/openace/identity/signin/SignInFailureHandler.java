package org.openace.identity.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Shows the sign-in page again after a refused password step: 401 with the one message for unknown user, wrong
 * password and locked user; 403 for an inactive user (who gave the right password); 429 with Retry-After when the
 * address is throttled. The user ID typed is kept in the form; the password never is.
 */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String OUTCOME = SignInFailureHandler.class.getName() + ".outcome";
    static final String TYPED_USERNAME = SignInFailureHandler.class.getName() + ".username";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        String typed = request.getParameter("username");
        request.setAttribute(TYPED_USERNAME, typed == null || typed.length() > 64 ? "" : typed);
        switch (exception) {
            case SignInThrottledException throttled -> {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                request.setAttribute(OUTCOME, SignInPageOutcome.THROTTLED);
            }
            case InactiveUserException inactive -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                request.setAttribute(OUTCOME, inactive.status() == org.openace.identity.user.UserStatus.DISABLED
                        ? SignInPageOutcome.DISABLED : SignInPageOutcome.DEACTIVATED);
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                request.setAttribute(OUTCOME, SignInPageOutcome.REFUSED);
            }
        }
        request.getRequestDispatcher("/sign-in/failed").forward(request, response);
    }
}
