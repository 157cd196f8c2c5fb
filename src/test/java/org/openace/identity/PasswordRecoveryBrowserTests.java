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

/** "Forgot your password?" end to end with a real browser: the e-mailed link, the second factor, the new password. */
@BrowserTest
class PasswordRecoveryBrowserTests {

    private static final String NEW_PASSWORD = "amber lantern quietly fjord 9041";

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;

    @Test
    void forgottenPasswordIsReplacedThroughTheEmailedLinkAndSecondFactorAndTheNewOneSignsIn() {
        PortalUser user = users.create("forgot", Role.TRADE);
        String email = user.email().value();

        browser.open("/sign-in");
        browser.click(".usa-form a[href='/forgot-password']");
        browser.waitForPath("/forgot-password");
        assertThat(browser.heading()).isEqualTo("Forgot your password?");
        browser.assertAccessible("forgot-password");

        int mails = TestMailServer.messagesTo(email).size();
        browser.type("#identifier", user.username().value()).press("Send me a link").waitForPath("/forgot-password");
        assertThat(browser.heading()).isEqualTo("Check your e-mail");
        browser.assertAccessible("forgot-password-sent");

        String link = TestMailServer.linkPathIn(TestMailServer.awaitMessage(email, mails, "Reset your OpenACE password"));
        browser.open(link).waitForPath("/reset-password");
        assertThat(browser.heading()).isEqualTo("Confirm it is you");
        assertThat(browser.find(".usa-alert--info").getText()).contains("We sent a 6-digit code to");
        browser.assertAccessible("reset-password-second-factor");

        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(email, mails, "password reset code"));
        browser.type("#code", code).press("Confirm").waitForPath("/reset-password");
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        browser.assertAccessible("reset-password-new-password");

        browser.type("#password", NEW_PASSWORD).type("#confirmation", NEW_PASSWORD).press("Save the password")
                .waitForPath("/sign-in?reset");
        assertThat(browser.find("#main-content .usa-alert--info").getText())
                .isEqualTo("Your password was changed. Sign in with the new password.");
        browser.assertAccessible("sign-in-after-reset");

        browser.signIn(user.username().value(), NEW_PASSWORD, email);
        assertThat(browser.heading()).isEqualTo("Welcome, " + user.displayName());
        browser.screenshot("home-with-new-password");
    }
}
