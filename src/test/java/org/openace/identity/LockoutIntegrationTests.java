package org.openace.identity;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** AC-7 lockout and 800-63B throttling, as SECURITY.md states them. */
@PortalTest
class LockoutIntegrationTests {

    private static final String WRONG = "this is not the password";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private PortalClient.Page attempt(PortalClient browser, String username, String password) {
        browser.get("/sign-in");
        return browser.post("/sign-in", Map.of("acknowledge", "yes", "username", username, "password", password));
    }

    private static String message(PortalClient.Page page) {
        return PortalClient.all(page.body(), "<p class=\"usa-alert__text\">([^<]*)</p>").toString();
    }

    @Test
    void threeConsecutiveFailuresLockAndLockedUserWithRightPasswordIsStillRefused() {
        PortalUser user = users.create("lock", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        for (int i = 0; i < 3; i++) {
            assertThat(attempt(browser, user.username().value(), WRONG).status()).isEqualTo(401);
        }

        PortalClient.Page locked = attempt(browser, user.username().value(), TestUsers.PASSWORD);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(users.reload(user).isLockedAt(clock.instant())).isTrue();
    }

    @Test
    void lockEndsAfterThirtyMinutes() {
        PortalUser user = users.create("unlock", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        for (int i = 0; i < 3; i++) {
            attempt(browser, user.username().value(), WRONG);
        }
        clock.advance(Duration.ofMinutes(29));
        assertThat(attempt(browser, user.username().value(), TestUsers.PASSWORD).status()).isEqualTo(401);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(attempt(browser, user.username().value(), TestUsers.PASSWORD).path()).isEqualTo("/sign-in/verify");
    }

    @Test
    void failuresMoreThanFifteenMinutesApartDoNotLock() {
        PortalUser user = users.create("window", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        attempt(browser, user.username().value(), WRONG);
        attempt(browser, user.username().value(), WRONG);
        clock.advance(Duration.ofMinutes(16));

        attempt(browser, user.username().value(), WRONG);

        assertThat(users.reload(user).isLockedAt(clock.instant())).isFalse();
    }

    @Test
    void aCompletedSignInStartsTheCountAgain() {
        PortalUser user = users.create("consecutive", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        attempt(browser, user.username().value(), WRONG);
        attempt(browser, user.username().value(), WRONG);
        new PortalClient(mvc).signIn(user);

        attempt(browser, user.username().value(), WRONG);
        attempt(browser, user.username().value(), WRONG);

        assertThat(users.reload(user).isLockedAt(clock.instant())).isFalse();
    }

    @Test
    void wrongSecondFactorCodesCountTowardsTheLock() {
        PortalUser user = users.create("codes", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        attempt(browser, user.username().value(), TestUsers.PASSWORD);
        TestMailServer.awaitMessage(user.email().value(), 1);
        browser.post("/sign-in/verify/email", Map.of("code", "000000"));
        browser.post("/sign-in/verify/email", Map.of("code", "000001"));

        PortalClient.Page third = browser.post("/sign-in/verify/email", Map.of("code", "000002"));

        assertThat(third.status()).isEqualTo(401);
        assertThat(third.path()).isEqualTo("/sign-in/verify/email");
        assertThat(third.heading()).isEqualTo("Sign in to OpenACE");
        assertThat(users.reload(user).isLockedAt(clock.instant())).isTrue();
        assertThat(browser.get("/").path()).isEqualTo("/sign-in");
    }

    @Test
    void unknownUserWrongPasswordAndLockedUserGetTheSameMessage() {
        PortalUser wrong = users.create("same1", Role.TRADE);
        PortalUser locked = users.create("same2", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        for (int i = 0; i < 3; i++) {
            attempt(browser, locked.username().value(), WRONG);
        }
        PortalClient other = new PortalClient(mvc);

        String unknown = message(attempt(other, "nobody.by.that.name", TestUsers.PASSWORD));
        String wrongPassword = message(attempt(other, wrong.username().value(), WRONG));
        String lockedRight = message(attempt(other, locked.username().value(), TestUsers.PASSWORD));

        assertThat(unknown).isEqualTo(wrongPassword).isEqualTo(lockedRight).contains("not right");
    }

    @Test
    void tenFailuresFromOneAddressThrottleItWith429WhileOtherAddressesGoOn() {
        PortalUser target = users.create("throttle", Role.TRADE);
        PortalClient attacker = new PortalClient(mvc);
        for (int i = 0; i < 10; i++) {
            attempt(attacker, "guess.user." + i, WRONG);
        }

        PortalClient.Page throttled = attempt(attacker, target.username().value(), TestUsers.PASSWORD);
        PortalClient.Page elsewhere = attempt(new PortalClient(mvc), target.username().value(), TestUsers.PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(elsewhere.path()).isEqualTo("/sign-in/verify");
    }

    @Test
    void throttleLiftsWhenTheWindowPasses() {
        PortalClient attacker = new PortalClient(mvc);
        for (int i = 0; i < 10; i++) {
            attempt(attacker, "guess.again." + i, WRONG);
        }
        assertThat(attempt(attacker, "guess.again.x", WRONG).status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(attempt(attacker, "guess.again.y", WRONG).status()).isEqualTo(401);
    }
}
