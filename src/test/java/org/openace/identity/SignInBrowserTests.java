package org.openace.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.identity.user.PortalUser;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a real browser: the notification, user ID and password, the e-mailed code, the terms. */
@BrowserTest
class SignInBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;

    @Test
    void newUserSignsInThroughNotificationPasswordEmailedCodeAndTermsAndArrivesHome() {
        PortalUser user = users.create("browser", Role.TRADE);
        String email = user.email().value();

        browser.open("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in to OpenACE");
        assertThat(browser.find("#notice-heading").getText()).isEqualTo("System use notification");
        browser.assertAccessible("sign-in");

        int mails = TestMailServer.messagesTo(email).size();
        browser.tick("acknowledge")
                .type("#username", user.username().value())
                .type("#password", TestUsers.PASSWORD)
                .press("Sign in")
                .waitForPath("/sign-in/verify");
        assertThat(browser.heading()).isEqualTo("Confirm it is you");
        browser.assertAccessible("second-factor");

        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(email, mails, "sign-in code"));
        browser.type("#email-code", code).press("Confirm").waitForPath("/terms/accept");
        assertThat(browser.heading()).isEqualTo("Accept the Terms and Conditions");
        browser.assertAccessible("terms-acceptance");

        browser.tick("accept").press("Accept and continue").waitForPath("/");
        assertThat(browser.heading()).isEqualTo("Welcome, " + user.displayName());
        assertThat(browser.find("#main-content").getText()).contains("This is your first sign-in");
        assertThat(browser.find(".usa-nav__secondary").getText()).contains(user.username().value());
        browser.assertAccessible("home");
    }

    @Test
    void signingInWithoutTickingTheNotificationBoxShowsTheError() {
        PortalUser user = users.create("unticked", Role.TRADE);

        browser.open("/sign-in")
                .type("#username", user.username().value())
                .type("#password", TestUsers.PASSWORD)
                .press("Sign in")
                .waitForPath("/sign-in");

        assertThat(browser.find("#sign-in-error").getText()).contains("You are not signed in")
                .contains("tick the box to acknowledge it");
        assertThat(browser.find("#acknowledge-error").getText())
                .isEqualTo("Acknowledge the system use notification to continue.");
        assertThat(browser.find("#acknowledge").getDomAttribute("aria-describedby")).isEqualTo("acknowledge-error");
        assertThat(browser.find("#acknowledge").isSelected()).isFalse();
        assertThat(browser.find("#username").getDomProperty("value")).as("the user ID is kept")
                .isEqualTo(user.username().value());
        browser.assertAccessible("sign-in-notice-not-acknowledged");
    }

    @Test
    void showPasswordButtonShowsAndHidesThePassword() {
        browser.open("/sign-in").type("#password", "correct horse battery");
        var button = browser.find("button.usa-show-password");
        assertThat(button.isDisplayed()).as("the script reveals the button").isTrue();
        assertThat(button.getText()).isEqualTo("Show password");
        assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.find("#password").getDomProperty("type")).isEqualTo("password");

        browser.click(button);

        assertThat(browser.find("#password").getDomProperty("type")).isEqualTo("text");
        assertThat(button.getText()).isEqualTo("Hide password");
        assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.find("#password").getDomProperty("value")).isEqualTo("correct horse battery");
        browser.screenshot("password-shown");

        browser.click(button);

        assertThat(browser.find("#password").getDomProperty("type")).isEqualTo("password");
        assertThat(button.getText()).isEqualTo("Show password");
        assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("false");
    }
}
