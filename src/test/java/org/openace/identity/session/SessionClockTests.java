package org.openace.identity.session;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.openace.test.TestClock;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionClockTests {

    private final TestClock clock = new TestClock(java.time.Instant.parse("2026-03-02T08:00:00Z"));
    private final SessionClock sessions = new SessionClock(
            new SessionProperties(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(2),
                    Duration.ofHours(12), "S", true), clock);

    private static CurrentUser user(Role role) {
        return new CurrentUser(UserId.random(), new Username("someone"), "Someone", Set.of(role));
    }

    @Test
    void idleLimitIsFifteenMinutesForTradeUsersAndTenForAdministrators() {
        MockHttpSession trade = new MockHttpSession();
        MockHttpSession admin = new MockHttpSession();
        sessions.start(trade, user(Role.TRADE));
        sessions.start(admin, user(Role.ADMINISTRATOR));

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(sessions.expiry(admin)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.expiry(admin)).hasValue(SessionEnd.IDLE);
        assertThat(sessions.expiry(trade)).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(sessions.expiry(trade)).hasValue(SessionEnd.IDLE);
    }

    @Test
    void activityPostponesTheIdleEndButNotTheAbsoluteOne() {
        MockHttpSession session = new MockHttpSession();
        sessions.start(session, user(Role.TRADE));
        for (int i = 0; i < 12 * 6 - 1; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(sessions.expiry(session)).isEmpty();
            sessions.touch(session);
        }
        clock.advance(Duration.ofMinutes(10));

        assertThat(sessions.expiry(session)).hasValue(SessionEnd.ABSOLUTE);
    }

    @Test
    void remainingTimeCountsDownAndTheStoreOutlivesTheClockByAMinute() {
        MockHttpSession session = new MockHttpSession();
        sessions.start(session, user(Role.TRADE));
        clock.advance(Duration.ofMinutes(13));

        assertThat(sessions.remaining(session)).isEqualTo(Duration.ofMinutes(2));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(16 * 60);
    }

    @Test
    void warningMustComeBeforeTheEnd() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SessionProperties(Duration.ofMinutes(15),
                Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofHours(12), "S", true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
