package org.openace.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.1 A and AA) finds nothing on any page of the portal, as a browser renders it with its script
 * and stylesheet. Each test visits its pages and reports the problems of all of them at once.
 */
@BrowserTest
class AccessibilityBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.openace.test.TestAccounts accounts;

    /** Checks the page shown (screenshot, axe, browser errors) and notes what is wrong with it. */
    private void check(String page, String expectedHeading) {
        assertThat(browser.heading()).as("heading of " + page).isEqualTo(expectedHeading);
        browser.checkAccessible(page);
    }

    @Test
    void pagesForEveryoneHaveNoViolations() {
        browser.open("/sign-in");
        check("sign-in", "Sign in to OpenACE");

        browser.type("#username", "someone").press("Sign in").waitForPath("/sign-in");
        check("sign-in-with-error", "Sign in to OpenACE");

        browser.tick("acknowledge").press("Sign in with a passkey").waitForPath("/sign-in/passkey");
        check("sign-in-with-passkey", "Sign in with a passkey");

        browser.open("/signed-out");
        check("signed-out", "You are signed out");
        browser.open("/privacy");
        check("privacy", "Privacy Act statement");
        browser.open("/support");
        check("support", "Get help with the portal");
        browser.open("/terms");
        check("terms", browser.heading());
        browser.open("/accessibility");
        check("accessibility", "Accessibility");

        browser.open("/forgot-password");
        check("forgot-password", "Forgot your password?");
        browser.press("Send me a link").waitForPath("/forgot-password");
        check("forgot-password-with-error", "Forgot your password?");
        browser.type("#identifier", "nobody.here").press("Send me a link").waitForPath("/forgot-password");
        check("forgot-password-sent", "Check your e-mail");
        browser.open("/reset-password/not-a-real-token");
        check("reset-link-invalid", "This link does not work");

        browser.assertCheckedPagesAccessible();
    }

    @Test
    void pagesOfASignedInAdministratorHaveNoViolations() {
        PortalUser admin = users.create("axe", Role.ADMINISTRATOR);
        PortalUser other = users.create("axeother", Role.TRADE);
        String email = admin.email().value();

        int mails = TestMailServer.messagesTo(email).size();
        browser.open("/sign-in").tick("acknowledge").type("#username", admin.username().value())
                .type("#password", TestUsers.PASSWORD).press("Sign in").waitForPath("/sign-in/verify");
        check("second-factor", "Confirm it is you");
        browser.type("#email-code", "000000").press("Confirm").waitForPath("/sign-in/verify/email");
        check("second-factor-with-error", "Confirm it is you");
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(email, mails, "sign-in code"));
        browser.type("#email-code", code).press("Confirm").waitForPath("/terms/accept");
        check("terms-acceptance", "Accept the Terms and Conditions");
        browser.tick("accept").press("Accept and continue").waitForPath("/");
        check("home", "Welcome, " + admin.displayName());

        browser.open("/account/security");
        check("account-security", "My sign-in and security");
        browser.open("/account/security/password");
        check("change-password", "Change your password");
        browser.open("/account/security/authenticator");
        browser.waitUntil(d -> browser.driver().executeScript(
                "const qr = document.querySelector(\"img[src*='qr.svg']\"); return qr.complete && qr.naturalWidth > 0"));
        check("authenticator-setup", "Set up an authenticator app");
        browser.open("/account/email");
        check("email-address", "Your e-mail address");

        browser.open("/admin/users");
        check("admin-users", "Users");
        browser.type("#q", "axeother").press("Search").waitForPath("/admin/users");
        check("admin-users-search", "Users");
        browser.click("a[href='/admin/users/" + other.id().value() + "']");
        browser.waitForPath("/admin/users/" + other.id().value());
        check("admin-user-detail", browser.heading());
        browser.open("/admin/users/new");
        check("admin-new-user", "Create a user");
        browser.press("Create the user and send the e-mail").waitForPath("/admin/users/new");
        check("admin-new-user-with-errors", "Create a user");
        browser.open("/admin/audit");
        check("admin-audit", "Audit trail");
        browser.open("/admin/site");
        check("admin-site", "Site notices and Terms and Conditions");
        browser.press("Post the notice").waitForPath("/admin/site/notices");
        check("admin-site-notice-with-errors", "Site notices and Terms and Conditions");
        browser.type("#title", " ").type("#terms-body", " ").press("Publish").acceptConfirmation()
                .waitForPath("/admin/site/terms");
        check("admin-site-terms-with-errors", "Site notices and Terms and Conditions");

        TestReferenceData.loadSamples(context);
        browser.open("/reference");
        check("reference", "Reference data");
        browser.open("/reference?hts=0101.30.00.00&date=2025-06-01");
        check("reference-look-up", "Reference data");
        browser.open("/reference?hts=01-30&date=2025-06-01");
        check("reference-look-up-with-error", "Reference data");

        browser.open("/admin/no-such-page");
        check("not-found-signed-in", "Page not found");

        browser.assertCheckedPagesAccessible();
    }

    @Test
    void theApiTokenPagesOfABrokerOwnerHaveNoViolations() {
        PortalUser owner = users.create("axebroker", Role.TRADE);
        String tokens = "/accounts/" + accounts.broker(owner).account().id() + "/api-tokens";
        String email = owner.email().value();
        int mails = TestMailServer.messagesTo(email).size();
        browser.open("/sign-in").tick("acknowledge").type("#username", owner.username().value())
                .type("#password", TestUsers.PASSWORD).press("Sign in").waitForPath("/sign-in/verify");
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(email, mails, "sign-in code"));
        browser.type("#email-code", code).press("Confirm").waitForPath("/terms/accept");
        browser.tick("accept").press("Accept and continue").waitForPath("/");

        browser.open(tokens);
        check("api-tokens", browser.heading());
        browser.type("#name", "Filing server").type("#days", "999").press("Issue the token").waitForPath(tokens);
        check("api-tokens-with-errors", browser.heading());
        browser.type("#name", "Filing server").type("#days", "90").press("Issue the token").waitForPath(tokens);
        check("api-token-issued", browser.heading());
        browser.open(tokens);
        check("api-tokens-listed", browser.heading());

        browser.assertCheckedPagesAccessible();
    }
}
