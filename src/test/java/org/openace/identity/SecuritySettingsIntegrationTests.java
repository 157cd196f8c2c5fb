package org.openace.identity;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.identity.factor.Totp;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's own security settings: password, e-mail, authenticator app, recovery codes. */
@PortalTest
class SecuritySettingsIntegrationTests {

    private static final String NEW_PASSWORD = "copper meadow whistle 4096";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void changingThePasswordNeedsTheCurrentOneEndsOtherSessionsAndTellsTheUser() {
        PortalUser user = users.create("change", Role.TRADE);
        PortalClient other = new PortalClient(mvc);
        other.signIn(user);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        browser.get("/account/security/password");

        PortalClient.Page wrong = browser.post("/account/security/password", Map.of("currentPassword", "not it at all",
                "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        PortalClient.Page done = browser.post("/account/security/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(done.path()).isEqualTo("/account/security");
        assertThat(done.body()).contains("Your password is changed");
        assertThat(other.get("/account/security").path()).isNotEqualTo("/account/security");
        assertThat(browser.get("/account/security").path()).isEqualTo("/account/security");
        assertThat(TestMailServer.body(TestMailServer.awaitMessage(user.email().value(), 0,
                "Your OpenACE password was changed"))).contains("http://localhost:8080/account/security");
    }

    @Test
    void passwordContainingTheUserIdIsRefused() {
        PortalUser user = users.create("context", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        browser.get("/account/security/password");
        String withId = "my id is " + user.username().value() + " ok";

        PortalClient.Page page = browser.post("/account/security/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "password", withId, "confirmation", withId));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("data-code=\"PASSWORD_CONTAINS_PERSONAL_WORDS\"");
    }

    @Test
    void newEmailAddressReplacesTheOldOnlyOnceVerified() {
        PortalUser user = users.create("email", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        String newAddress = "new." + user.username().value() + "@openace.test";
        browser.get("/account/email");

        PortalClient.Page confirm = browser.post("/account/email",
                Map.of("email", newAddress, "currentPassword", TestUsers.PASSWORD));
        assertThat(confirm.heading()).isEqualTo("Confirm your e-mail address");
        assertThat(users.reload(user).email().value()).isEqualTo(user.email().value());
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(newAddress, 1));
        PortalClient.Page done = browser.post("/account/email/confirm", Map.of("code", code));

        assertThat(done.path()).isEqualTo("/account/security");
        assertThat(users.reload(user).email().value()).isEqualTo(newAddress);
        assertThat(TestMailServer.body(TestMailServer.awaitMessage(user.email().value(), 0,
                "Your OpenACE e-mail address was changed"))).contains("http://localhost:8080/account/security");
    }

    @Test
    void invalidEmailAddressGetsAFieldError() {
        PortalUser user = users.create("bademail", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        browser.get("/account/email");

        PortalClient.Page page = browser.post("/account/email",
                Map.of("email", "not an address", "currentPassword", TestUsers.PASSWORD));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("name@example.com");
    }

    @Test
    void authenticatorAppReplacesEmailedCodesAndEachCodeWorksOnce() {
        PortalUser user = users.create("totp", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        PortalClient.Page setup = browser.get("/account/security/authenticator");
        byte[] secret = base32(PortalClient.all(setup.body(), "id=\"totp-secret\">([A-Z2-7 ]+)<").getFirst());
        long step = Totp.stepAt(clock.instant());

        PortalClient.Page codes = browser.post("/account/security/authenticator",
                Map.of("code", Totp.codeAt(secret, step)));
        assertThat(codes.heading()).isEqualTo("Your recovery codes");
        String notice = TestMailServer.body(TestMailServer.awaitMessage(user.email().value(), 0,
                "An authenticator app was added to your OpenACE sign-in"));
        assertThat(notice).contains("Hello " + user.displayName()).contains("http://localhost:8080/account/security")
                .doesNotContain(user.email().value());
        TestMailServer.awaitOutboxDelivered(jdbc);
        int mailsBefore = TestMailServer.messagesTo(user.email().value()).size();

        PortalClient next = new PortalClient(mvc);
        next.get("/sign-in");
        PortalClient.Page verify = next.post("/sign-in", Map.of("acknowledge", "yes",
                "username", user.username().value(), "password", TestUsers.PASSWORD));
        assertThat(verify.heading()).isEqualTo("Confirm it is you");
        assertThat(verify.body()).contains("authenticator app");
        PortalClient.Page reused = next.post("/sign-in/verify/totp", Map.of("code", Totp.codeAt(secret, step)));
        assertThat(reused.status()).as("the code of the enrollment is spent").isEqualTo(401);
        PortalClient.Page home = next.post("/sign-in/verify/totp", Map.of("code", Totp.codeAt(secret, step + 1)));

        assertThat(home.path()).isEqualTo("/");
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(user.email().value())).hasSize(mailsBefore);
    }

    @Test
    void recoveryCodeSignsInOnce() {
        PortalUser user = users.create("recovery", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        browser.get("/account/security");
        PortalClient.Page codes = browser.post("/account/security/recovery-codes",
                Map.of("currentPassword", TestUsers.PASSWORD));
        String code = PortalClient.all(codes.body(), "class=\"font-mono-sm\">([0-9A-Z]{5}-[0-9A-Z]{5})<").getFirst();

        PortalClient first = new PortalClient(mvc);
        first.get("/sign-in");
        first.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
        assertThat(first.post("/sign-in/verify/recovery", Map.of("code", code.toLowerCase())).path()).isEqualTo("/");

        PortalClient second = new PortalClient(mvc);
        second.get("/sign-in");
        second.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
        assertThat(second.post("/sign-in/verify/recovery", Map.of("code", code)).status()).isEqualTo(401);
    }

    @Test
    void recoveryCodesDownloadAsAnUncachedTextFileWithOnlyTheUsersOwnUnusedCodes() throws Exception {
        PortalUser user = users.create("codefile", Role.TRADE);
        PortalClient browser = PortalClient.signedIn(mvc, user);
        browser.get("/account/security");
        PortalClient.Page page = browser.post("/account/security/recovery-codes",
                Map.of("currentPassword", TestUsers.PASSWORD));
        java.util.List<String> codes = PortalClient.all(page.body(), "class=\"font-mono-sm\">([0-9A-Z]{5}-[0-9A-Z]{5})<");
        assertThat(page.body()).contains("Download the codes", "Print the codes", "action=\"/account/security/recovery-codes/download\"");

        org.springframework.mock.web.MockHttpServletResponse file = browser.exchange(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/security/recovery-codes/download")
                        .param("_csrf", page.csrf()).param("code", codes.toArray(String[]::new))
                        .param("code", "AAAAA-BBBBB"));

        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains("openace-recovery-codes.txt");
        assertThat(file.getHeader("Cache-Control")).contains("no-store");
        assertThat(file.getContentType()).startsWith("text/plain");
        assertThat(file.getContentAsString()).contains(codes.toArray(String[]::new)).doesNotContain("AAAAA-BBBBB")
                .contains(user.username().value());

        PortalClient other = PortalClient.signedIn(mvc, users.create("codethief", Role.TRADE));
        other.get("/account/security");
        org.springframework.mock.web.MockHttpServletResponse stolen = other.exchange(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/security/recovery-codes/download")
                        .param("_csrf", other.last().csrf()).param("code", codes.toArray(String[]::new)));
        assertThat(stolen.getStatus()).as("another user's codes are not echoed").isEqualTo(400);
        assertThat(stolen.getContentAsString()).doesNotContain(codes.getFirst());
    }

    private static byte[] base32(String grouped) {
        String text = grouped.replace(" ", "");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

}
