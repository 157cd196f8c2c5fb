package org.openace.identity.session;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.openace.platform.web.PublicEndpoint;
import org.openace.platform.web.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the page script asks of the session: time left (not counted as activity) and "stay signed in". */
@RestController
class SessionController {

    private final SessionClock clock;

    SessionController(SessionClock clock) {
        this.clock = clock;
    }

    @GetMapping(SessionTimeoutFilter.STATUS_PATH)
    @PublicEndpoint
    ResponseEntity<Map<String, Object>> status(HttpServletRequest request) {
        return ResponseEntity.ok(describe(request.getSession(false)));
    }

    @PostMapping("/session/keep-alive")
    @SignedInUser
    ResponseEntity<Map<String, Object>> keepAlive(HttpServletRequest request) {
        // reaching here through the session time-out filter already counted as activity
        return ResponseEntity.ok(describe(request.getSession(false)));
    }

    private Map<String, Object> describe(HttpSession session) {
        if (session == null || !clock.isSignedIn(session)) {
            return Map.of("signedIn", false, "remainingSeconds", 0);
        }
        return Map.of("signedIn", true, "remainingSeconds", clock.remaining(session).toSeconds());
    }
}
