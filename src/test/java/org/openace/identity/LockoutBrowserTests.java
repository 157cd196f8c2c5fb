package org.openace.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.identity.user.PortalUser;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout as a person meets it: one generic message, whether the password was wrong or the user is locked. */
@BrowserTest
class LockoutBrowserTests {

    private static final String GENERIC = "The user ID or password is not right, or the user is locked. After 3 failed "
            + "attempts a user is locked for 30 minutes; use \"Forgot your password?\" or ask your account owner to unlock it.";

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;

    private String attempt(String username, String password) {
        browser.open("/sign-in").tick("acknowledge").type("#username", username).type("#password", password)
                .press("Sign in").waitForPath("/sign-in");
        return browser.find("#sign-in-error .usa-alert__text").getText();
    }

    @Test
    void afterThreeWrongPasswordsTheRightOneStillGetsTheGenericMessage() {
        PortalUser user = users.create("locked", Role.TRADE);
        String username = user.username().value();

        for (int i = 1; i <= 3; i++) {
            assertThat(attempt(username, "not the password " + i)).as("attempt %d", i).isEqualTo(GENERIC);
            browser.screenshot("wrong-password-" + i);
        }
        String locked = attempt(username, TestUsers.PASSWORD);

        assertThat(locked).isEqualTo(GENERIC);
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.find("#username").getDomProperty("value")).isEqualTo(username);
        assertThat(browser.find("#password").getDomProperty("value")).as("the password is not sent back").isEmpty();
        assertThat(browser.findAll("#email-code")).as("no second factor asked").isEmpty();
        browser.assertAccessible("sign-in-refused");
    }
}
