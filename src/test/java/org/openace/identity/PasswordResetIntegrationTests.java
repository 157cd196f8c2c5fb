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

/** P3 "Forgot your password?", to the figures of SECURITY.md. */
@PortalTest
class PasswordResetIntegrationTests {

    private static final String NEW_PASSWORD = "amber tundra signal 5150";

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

    private static PortalClient.Page requestLink(PortalClient browser, String identifier) {
        browser.get("/forgot-password");
        return browser.post("/forgot-password", Map.of("identifier", identifier));
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("value=\"[^\"]{20,}\"", "").replaceAll("content=\"[^\"]{20,}\"", "");
    }

    @Test
    void unknownAndKnownUsersGetTheSameAnswer() {
        PortalUser user = users.create("same", Role.TRADE);

        PortalClient.Page known = requestLink(new PortalClient(mvc), user.username().value());
        PortalClient.Page unknown = requestLink(new PortalClient(mvc), "no.such.user");

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(withoutTokens(known.body())).isEqualTo(withoutTokens(unknown.body()));
        TestMailServer.awaitMessage(user.email().value(), 1);
    }

    @Autowired
    org.openace.identity.recovery.FirstPasswordInvitation firstPassword;

    @Test
    void aFirstPasswordIsSaidToBeSetNotChanged() {
        PortalUser user = users.createWithoutPassword("first", Role.TRADE);
        int before = TestMailServer.messagesTo(user.email().value()).size();
        firstPassword.send(user, "test");
        String link = TestMailServer.linkPathIn(TestMailServer.awaitMessage(user.email().value(), before + 1));
        PortalClient browser = new PortalClient(mvc);
        assertThat(browser.get(link).heading()).isEqualTo("Choose your password");

        PortalClient.Page done = browser.post("/reset-password",
                Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(done.path()).isEqualTo("/sign-in?reset=first");
        assertThat(done.body()).contains("Your password was set.").doesNotContain("Your password was changed");
    }

    @Test
    void linkAsksForTheSecondFactorSetsThePasswordOnceAndTellsTheUser() {
        PortalUser user = users.create("reset", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        requestLink(browser, user.username().value());
        String link = TestMailServer.linkPathIn(TestMailServer.awaitMessage(user.email().value(), 1));

        PortalClient.Page factor = browser.get(link);
        assertThat(factor.path()).as("the token leaves the address bar").isEqualTo("/reset-password");
        assertThat(factor.heading()).isEqualTo("Confirm it is you");
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(user.email().value(), 2));
        PortalClient.Page form = browser.post("/reset-password/verify", Map.of("method", "email", "code", code));
        assertThat(form.heading()).isEqualTo("Choose a new password");
        PortalClient.Page done = browser.post("/reset-password",
                Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(done.path()).isEqualTo("/sign-in?reset");
        MimeMessage notice = TestMailServer.awaitMessage(user.email().value(), 3);
        assertThat(TestMailServer.subject(notice)).isEqualTo("Your OpenACE password was changed");
        assertThat(new PortalClient(mvc).get(link).status()).as("single use").isEqualTo(410);
        assertThat(new PortalClient(mvc).signIn(user.username().value(), NEW_PASSWORD, user.email().value()).path())
                .isEqualTo("/");
    }

    @Test
    void passwordIsNotChangedWithoutTheSecondFactor() {
        PortalUser user = users.create("nofactor", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        requestLink(browser, user.username().value());
        browser.get(TestMailServer.linkPathIn(TestMailServer.awaitMessage(user.email().value(), 1)));

        PortalClient.Page attempt = browser.post("/reset-password",
                Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(attempt.heading()).isEqualTo("Confirm it is you");
        assertThat(users.reload(user).passwordHash()).isEqualTo(user.passwordHash());
    }

    @Test
    void linkExpiresAfterSixtyMinutes() {
        PortalUser user = users.create("expired", Role.TRADE);
        requestLink(new PortalClient(mvc), user.username().value());
        String link = TestMailServer.linkPathIn(TestMailServer.awaitMessage(user.email().value(), 1));

        clock.advance(Duration.ofMinutes(60).plusSeconds(1));

        assertThat(new PortalClient(mvc).get(link).status()).isEqualTo(410);
    }

    @Test
    void atMostFiveMailsAnHour() {
        PortalUser user = users.create("hourly", Role.TRADE);
        for (int i = 0; i < 7; i++) {
            requestLink(new PortalClient(mvc), user.username().value());
        }
        TestMailServer.awaitMessage(user.email().value(), 5);
        TestMailServer.awaitOutboxDelivered(jdbc);

        assertThat(TestMailServer.messagesTo(user.email().value())).hasSize(5);
    }

    @Test
    void newPasswordMustPassThePolicyAndNotRepeatTheOldOne() {
        PortalUser user = users.create("policy", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        requestLink(browser, user.username().value());
        browser.get(TestMailServer.linkPathIn(TestMailServer.awaitMessage(user.email().value(), 1)));
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(user.email().value(), 2));
        browser.post("/reset-password/verify", Map.of("method", "email", "code", code));

        PortalClient.Page shortOne = browser.post("/reset-password", Map.of("password", "short", "confirmation", "short"));
        PortalClient.Page reused = browser.post("/reset-password",
                Map.of("password", TestUsers.PASSWORD, "confirmation", TestUsers.PASSWORD));
        PortalClient.Page reversed = browser.post("/reset-password", Map.of("password",
                new StringBuilder(TestUsers.PASSWORD).reverse().toString(),
                "confirmation", new StringBuilder(TestUsers.PASSWORD).reverse().toString()));

        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.body()).contains("data-code=\"PASSWORD_TOO_SHORT\"");
        assertThat(reused.body()).contains("data-code=\"PASSWORD_REUSED\"");
        assertThat(reversed.body()).contains("data-code=\"PASSWORD_REUSED\"");
    }
}
