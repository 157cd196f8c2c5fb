package org.openace.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The time limits of a signed-in session, kept in the session itself (so any node can apply them) and measured
 * with the portal's clock: the idle limit (shorter for administrators) and the absolute limit since sign-in.
 */
@Component
public class SessionClock {

    static final String SIGNED_IN_AT = SessionClock.class.getName() + ".signedInAt";
    static final String LAST_ACTIVITY = SessionClock.class.getName() + ".lastActivity";
    static final String IDLE_LIMIT = SessionClock.class.getName() + ".idleLimit";
    /** Activity is written to the session at most this often, so that most requests do not rewrite it. */
    static final Duration WRITE_GRANULARITY = Duration.ofSeconds(5);

    private final SessionProperties properties;
    private final Clock clock;

    SessionClock(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts the clocks of a session that has just been signed in. */
    public void start(HttpSession session, CurrentUser user) {
        Instant now = clock.instant();
        Duration idle = idleLimitFor(user);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_ACTIVITY, now);
        session.setAttribute(IDLE_LIMIT, idle);
        // the store keeps the session a minute longer than the idle limit, so that this clock, not the store,
        // decides and the user is told why the session ended
        session.setMaxInactiveInterval((int) idle.plusMinutes(1).toSeconds());
    }

    public Duration idleLimitFor(CurrentUser user) {
        return user.hasRole(Role.ADMINISTRATOR) ? properties.governmentIdleTimeout() : properties.idleTimeout();
    }

    public boolean isSignedIn(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) != null;
    }

    /** Whether a signed-in session has run out of time now. */
    public Optional<SessionEnd> expiry(HttpSession session) {
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(signedInAt.plus(properties.absoluteTimeout()))) {
            return Optional.of(SessionEnd.ABSOLUTE);
        }
        if (!now.isBefore(lastActivity(session).plus(idleLimit(session)))) {
            return Optional.of(SessionEnd.IDLE);
        }
        return Optional.empty();
    }

    /** Records activity now (written at most every few seconds). */
    public void touch(HttpSession session) {
        Instant now = clock.instant();
        if (Duration.between(lastActivity(session), now).compareTo(WRITE_GRANULARITY) >= 0) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
    }

    /** Time left before the session ends, whichever limit comes first. */
    public Duration remaining(HttpSession session) {
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Instant idleEnd = lastActivity(session).plus(idleLimit(session));
        Instant absoluteEnd = signedInAt.plus(properties.absoluteTimeout());
        Instant end = idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
        Duration left = Duration.between(now, end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Duration idleLimit(HttpSession session) {
        Duration limit = (Duration) session.getAttribute(IDLE_LIMIT);
        return limit == null ? properties.idleTimeout() : limit;
    }

    public Duration warningBefore() {
        return properties.warningBefore();
    }

    private Instant lastActivity(HttpSession session) {
        Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
        return last == null ? clock.instant() : last;
    }
}
