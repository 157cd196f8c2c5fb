package org.openace.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.identity.user.PortalUser;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestUsers;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser, with Chrome's virtual authenticator standing in for the device (a platform
 * authenticator with user verification, as a laptop's fingerprint reader): register one, then sign in with it
 * alone. The portal's public address is the browser's origin ({@link BrowserTest}), as the ceremony requires.
 */
@BrowserTest
class PasskeyBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;

    private VirtualAuthenticator deviceWithPasskeySupport() {
        return browser.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
    }

    @Test
    void passkeyRegisteredInSecuritySettingsSignsInOnItsOwn() {
        PortalUser user = users.create("passkey", Role.TRADE);
        VirtualAuthenticator device = deviceWithPasskeySupport();
        browser.signIn(user);

        browser.open("/account/security").type("#passkey-label", "Work laptop").click("[data-passkey-register]")
                .waitForPath("/account/security");
        browser.waitUntil(d -> !browser.findAll("#main-content .usa-alert--success").isEmpty());

        assertThat(browser.find("#main-content .usa-alert--success").getText())
                .isEqualTo("Your passkey is saved. You can use it at your next sign-in.");
        assertThat(browser.find("section[aria-labelledby='passkeys-heading'] tbody").getText()).contains("Work laptop");
        assertThat(device.getCredentials()).hasSize(1);
        browser.assertAccessible("security-with-passkey");

        browser.press("Sign out").waitForPath("/signed-out");
        browser.open("/sign-in").tick("acknowledge").press("Sign in with a passkey").waitForPath("/sign-in/passkey");
        assertThat(browser.heading()).isEqualTo("Sign in with a passkey");
        browser.assertAccessible("sign-in-with-passkey");

        browser.click("[data-passkey-signin]").waitForPath("/");

        assertThat(browser.heading()).isEqualTo("Welcome, " + user.displayName());
        assertThat(browser.find(".usa-nav__secondary").getText()).contains(user.username().value());
        browser.screenshot("home-after-passkey");
    }
}
