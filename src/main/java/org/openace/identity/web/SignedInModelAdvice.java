package org.openace.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.openace.identity.CurrentUser;
import org.openace.identity.session.SessionClock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs to know of the signed-in user: who they are (for the header) and the session's time
 * limits (for the inactivity warning). Absent until both factors are proven.
 */
@ControllerAdvice
class SignedInModelAdvice {

    /** The figures the page script needs for the inactivity warning. */
    record SessionTimer(long idleSeconds, long warningSeconds) {
    }

    private final SessionClock sessionClock;

    SignedInModelAdvice(SessionClock sessionClock) {
        this.sessionClock = sessionClock;
    }

    @ModelAttribute("currentUser")
    @Nullable CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && TwoFactorAuthorization.decide(TwoFactorAuthorization.factorsOf(authentication)).isGranted()) {
            return user;
        }
        return null;
    }

    @ModelAttribute("sessionTimer")
    @Nullable SessionTimer sessionTimer(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !sessionClock.isSignedIn(session)) {
            return null;
        }
        long idle = sessionClock.idleLimit(session).toSeconds();
        return new SessionTimer(idle, idle - sessionClock.warningBefore().toSeconds());
    }
}
