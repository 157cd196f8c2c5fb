package org.openace.identity;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** AC-11/AC-12 session limits: idle 15 minutes (administrators 10), absolute 12 hours, dead at sign-out. */
@PortalTest
class SessionTimeoutIntegrationTests {

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

    @Test
    void fourteenMinutesIdleIsFineFifteenEndTheSession() {
        PortalUser user = users.create("idle", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);

        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.get("/account/security").path()).isEqualTo("/account/security");
        clock.advance(Duration.ofMinutes(15));

        PortalClient.Page page = browser.get("/account/security");

        assertThat(page.path()).isEqualTo("/signed-out?reason=idle");
        assertThat(page.body()).contains("no activity");
        assertThat(browser.get("/").path()).isEqualTo("/sign-in");
    }

    @Test
    void administratorsAreSignedOutAfterTenMinutesIdle() {
        PortalUser admin = users.create("idleadmin", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(admin);

        clock.advance(Duration.ofMinutes(10));

        assertThat(browser.get("/").path()).isEqualTo("/signed-out?reason=idle");
    }

    @Test
    void sessionEndsTwelveHoursAfterSignInWhateverTheActivity() {
        PortalUser user = users.create("absolute", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        for (int i = 0; i < 71; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(browser.get("/").path()).isEqualTo("/");
        }

        clock.advance(Duration.ofMinutes(10));

        assertThat(browser.get("/").path()).isEqualTo("/signed-out?reason=absolute");
    }

    @Test
    void statusChecksDoNotCountAsActivityButKeepAliveDoes() {
        PortalUser user = users.create("keepalive", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        clock.advance(Duration.ofMinutes(13));
        String status = contentOf(browser, "/session/status");
        assertThat(status).contains("\"signedIn\":true");

        browser.exchange(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/session/keep-alive")
                .header("X-XSRF-TOKEN", "").param("_csrf", browser.get("/").csrf()));
        clock.advance(Duration.ofMinutes(14));

        assertThat(browser.get("/").path()).isEqualTo("/");
        clock.advance(Duration.ofMinutes(14));
        contentOf(browser, "/session/status");
        clock.advance(Duration.ofMinutes(1).plusSeconds(5));
        assertThat(browser.get("/").path()).isEqualTo("/signed-out?reason=idle");
    }

    @Test
    void afterSignOutTheOldSessionIdIsDeadAtOnce() {
        PortalUser user = users.create("signout", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        Cookie old = browser.cookies().get("OPENACE_SESSION");
        String token = browser.get("/").csrf();

        browser.post("/sign-out", java.util.Map.of("_csrf", token));
        PortalClient replay = new PortalClient(mvc);
        replay.setCookie(old);

        assertThat(replay.get("/account/security").path()).isEqualTo("/signed-out?reason=expired");
    }

    private static String contentOf(PortalClient browser, String path) {
        try {
            return browser.exchange(get(path).accept("application/json")).getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
