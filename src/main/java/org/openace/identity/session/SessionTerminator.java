package org.openace.identity.session;

import org.openace.identity.Username;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user at once, on all nodes: used when a user is deactivated, locked by an
 * administrator or changes their password.
 */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** @return how many sessions were ended */
    public int endAllSessionsOf(Username username) {
        var found = sessions.findByPrincipalName(username.value());
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }

    /** Ends the user's sessions other than {@code keepSessionId} (after a password change, say). */
    public int endOtherSessionsOf(Username username, String keepSessionId) {
        var others = sessions.findByPrincipalName(username.value()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId)).toList();
        others.forEach(sessions::deleteById);
        return others.size();
    }
}
