package org.openace.identity.session;

import org.openace.identity.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends sessions of a user at once, on all nodes, by removing them from the session store (the next request of
 * such a session finds none): used when a user is deactivated or changes their password. Works in the command
 * line too, where no web session machinery runs.
 */
@Component
public class SessionTerminator {

    private final JdbcClient jdbc;

    SessionTerminator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many sessions were ended */
    public int endAllSessionsOf(Username username) {
        return jdbc.sql("delete from spring_session where principal_name = ?").param(username.value()).update();
    }

    /** Ends the user's sessions other than {@code keepSessionId} (after a password change, say). */
    public int endOtherSessionsOf(Username username, String keepSessionId) {
        return jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
                .param(username.value()).param(keepSessionId).update();
    }
}
