package org.openace.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.identity.user.PortalUser;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestUsers;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inactivity warning in a real browser, on a portal with short limits: signed out after 20 seconds without
 * activity, warned 12 seconds before (so the warning shows 8 seconds after the last request). The limits are as
 * short as they can be while every step stays well apart on a busy machine: the warning comes later than the
 * session's activity is written again ({@code SessionClock} writes it at most every 5 seconds), and "stay signed in"
 * is checked 3 seconds after the original idle limit, still 5 seconds before the extended one. The tests wait most
 * of their time, so they run at once, each with a browser and a user of its own ({@code @Execution(CONCURRENT)} on
 * each test, not on the class: the class itself still runs alone, after the class before it and before the next).
 */
@BrowserTest
@TestPropertySource(properties = {"openace.session.idle-timeout=20s", "openace.session.government-idle-timeout=20s",
        "openace.session.warning-before=12s"})
class SessionTimeoutBrowserTests {

    private static final Duration IDLE = Duration.ofSeconds(20);
    private static final Duration WARNING_BEFORE = Duration.ofSeconds(12);
    private static final Duration WARNING_AFTER = IDLE.minus(WARNING_BEFORE);
    /**
     * How often {@code SessionClock} writes a session's activity at most: the idle limit and the warning run from the
     * activity last written, which may be up to this much before the last request.
     */
    private static final Duration ACTIVITY_WRITTEN_EVERY = Duration.ofSeconds(5);

    /** A browser per test (an instance field: the tests run at once). */
    @RegisterExtension
    final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;

    /**
     * When the home page, the last request, was asked for and when it had been served: the session's last activity
     * is between the two (a busy machine may put seconds between a request and the test's seeing its page).
     */
    private record Served(Instant asked, Instant shown) {
    }

    /** Signs in, then opens the home page once more, timed: its request is the session's last activity. */
    private Served signedInHome(String prefix) {
        PortalUser user = users.create(prefix, Role.TRADE);
        browser.signIn(user);
        Instant asked = Instant.now();
        browser.open("/").waitForPath("/");
        return new Served(asked, Instant.now());
    }

    private WebElement awaitWarning() {
        return browser.waitUntil(d -> {
            WebElement modal = browser.find("#session-timeout-modal");
            return modal.isDisplayed() ? modal : null;
        }, WARNING_AFTER.plusSeconds(10));
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), moment);
        if (!left.isNegative()) {
            Thread.sleep(left);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void warningAppearsWithCountdownAndFocusOnStaySignedIn() {
        Instant lastRequest = signedInHome("warned").asked(); // the earliest the last request can have been
        assertThat(browser.find("#session-timeout-modal").isDisplayed()).isFalse();

        WebElement modal = awaitWarning();

        assertThat(Duration.between(lastRequest, Instant.now())).as("not before the warning time")
                .isGreaterThanOrEqualTo(WARNING_AFTER.minus(ACTIVITY_WRITTEN_EVERY).minusSeconds(1));
        assertThat(modal.getText()).contains("Your session is about to end");
        String countdown = browser.find("[data-session-countdown]").getText();
        assertThat(countdown).matches("0:[0-5][0-9]");
        assertThat(Integer.parseInt(countdown.substring(2))).isBetween(1, (int) WARNING_BEFORE.toSeconds());
        WebElement stay = browser.find("[data-session-stay]");
        assertThat(stay.getText()).isEqualTo("Stay signed in");
        assertThat(browser.driver().switchTo().activeElement()).as("focus on \"Stay signed in\"").isEqualTo(stay);
        String spoken = browser.find("[data-session-live]").getDomProperty("textContent");
        assertThat(spoken).as("says the time shown, not a rounded figure")
                .matches("You will be signed out in \\d{1,2} seconds?\\.");
        assertThat(Integer.parseInt(spoken.replaceAll("\\D", ""))).as("the time shown when the warning opened")
                .isBetween(Integer.parseInt(countdown.substring(2)), Integer.parseInt(countdown.substring(2)) + 2);
        browser.assertAccessible("session-warning");

        browser.waitUntil(d -> !countdown.equals(browser.find("[data-session-countdown]").getText()),
                Duration.ofSeconds(3));
        assertThat(browser.find("[data-session-countdown]").getText()).as("the countdown runs").isNotEqualTo(countdown);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void pressingStaySignedInKeepsTheSessionBeyondTheOriginalIdleLimit() throws InterruptedException {
        Instant lastRequest = signedInHome("stayed").shown(); // the latest the last request can have been
        awaitWarning();

        browser.press("Stay signed in");

        browser.waitUntil(d -> !browser.find("#session-timeout-modal").isDisplayed(), Duration.ofSeconds(5));
        browser.screenshot("warning-dismissed");
        sleepUntil(lastRequest.plus(IDLE).plusSeconds(3));
        assertThat(browser.path()).as("the page did not sign out by itself").isEqualTo("/");

        browser.open("/account/security").waitForPath("/account/security");

        assertThat(browser.heading()).isEqualTo("My sign-in and security");
        browser.screenshot("still-signed-in");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void doingNothingSignsOutAndTheSignedOutPageSaysWhy() {
        Instant lastRequest = signedInHome("idled").asked(); // the earliest the last request can have been
        awaitWarning();
        browser.screenshot("warning");

        browser.waitForPath("/signed-out?reason=idle", IDLE.plusSeconds(10));

        assertThat(Duration.between(lastRequest, Instant.now())).as("not before the idle limit")
                .isGreaterThanOrEqualTo(IDLE.minus(ACTIVITY_WRITTEN_EVERY).minusSeconds(1));
        assertThat(browser.heading()).isEqualTo("You are signed out");
        assertThat(browser.find(".usa-alert").getText())
                .contains("You were signed out because there was no activity for a while");
        browser.assertAccessible("signed-out-idle");

        browser.open("/account/security").waitForPath("/sign-in");
    }
}
