package org.openace.identity;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

@PortalTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void newUserSignsInWithPasswordAndEmailedCodeThenAcceptsTerms() {
        PortalUser user = users.create("signin", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);

        PortalClient.Page home = browser.signIn(user);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.path()).isEqualTo("/");
        assertThat(home.heading()).contains(user.displayName());
        assertThat(users.reload(user).isEmailVerified()).isTrue();
    }

    @Test
    void passwordIsRefusedUntilTheNotificationIsAcknowledged() {
        PortalUser user = users.create("notice", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");

        PortalClient.Page page = browser.post("/sign-in",
                Map.of("username", user.username().value(), "password", TestUsers.PASSWORD));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("acknowledge");
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(user.email().value())).isEmpty();
    }

    @Test
    void rightPasswordAloneOpensOnlyTheSecondFactorPage() {
        PortalUser user = users.create("partial", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));

        assertThat(browser.get("/").path()).isEqualTo("/sign-in/verify");
        assertThat(browser.get("/admin/site").path()).isEqualTo("/sign-in/verify");
    }

    @Test
    void codeCanBeUsedOnlyOnce() {
        PortalUser user = users.create("once", Role.TRADE);
        PortalClient first = new PortalClient(mvc);
        first.signIn(user);
        MimeMessage mail = TestMailServer.messagesTo(user.email().value()).getLast();
        String usedCode = TestMailServer.codeIn(mail);

        PortalClient second = new PortalClient(mvc);
        second.get("/sign-in");
        second.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
        TestMailServer.awaitMessage(user.email().value(), 2);
        PortalClient.Page page = second.post("/sign-in/verify/email", Map.of("code", usedCode));

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.path()).startsWith("/sign-in/verify");
    }

    @Test
    void codeExpiresAfterTenMinutes() {
        PortalUser user = users.create("expiry", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(user.email().value(), 1));

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        PortalClient.Page page = browser.post("/sign-in/verify/email", Map.of("code", code));

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("expired");
    }

    @Test
    void sessionIdChangesAtSignIn() {
        PortalUser user = users.create("fixation", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        browser.post("/sign-in/acknowledge", Map.of("acknowledge", "yes"));
        String before = browser.cookies().get("OPENACE_SESSION").getValue();

        browser.signIn(user);

        assertThat(browser.cookies().get("OPENACE_SESSION").getValue()).isNotEqualTo(before);
    }
}
