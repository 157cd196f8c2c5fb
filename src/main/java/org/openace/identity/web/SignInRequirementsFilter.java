package org.openace.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.identity.CurrentUser;
import org.openace.identity.SignInRequirement;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.openace.platform.RequestPaths;

/**
 * After sign-in, sends the user to each pending {@link SignInRequirement} (accepting new terms, verifying an
 * e-mail address) before anything else; once none is pending the session remembers it and the check stops.
 */
final class SignInRequirementsFilter extends OncePerRequestFilter {

    static final String MET = SignInRequirementsFilter.class.getName() + ".met";
    private static final List<String> ALWAYS_ALLOWED = List.of("/sign-out", "/signed-out", "/session/", "/css/",
            "/js/", "/images/", "/webjars/", "/error", "/privacy", "/support", "/accessibility", "/favicon",
            "/dev/mailbox", "/actuator/");

    private final List<SignInRequirement> requirements;

    SignInRequirementsFilter(List<SignInRequirement> requirements) {
        this.requirements = requirements;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || session.getAttribute(MET) != null
                || authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || !TwoFactorAuthorization.decide(TwoFactorAuthorization.factorsOf(authentication)).isGranted()) {
            chain.doFilter(request, response);
            return;
        }
        String path = RequestPaths.of(request);
        if (ALWAYS_ALLOWED.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        for (SignInRequirement requirement : requirements) {
            Optional<String> step = requirement.pendingStep(user);
            if (step.isPresent()) {
                if (requirement.stepPaths().stream().anyMatch(path::startsWith)) {
                    chain.doFilter(request, response);
                }
                else if (SignInEntryPoint.isScriptRequest(request)) {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setHeader("HX-Redirect", step.get());
                }
                else {
                    response.sendRedirect(request.getContextPath() + step.get());
                }
                return;
            }
        }
        session.setAttribute(MET, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
