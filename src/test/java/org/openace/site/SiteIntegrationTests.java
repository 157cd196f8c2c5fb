package org.openace.site;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P1: the notification, versioned terms with recorded acceptance, the Privacy Act statement, support contacts and
 * site notices. Publishing terms changes what every user must accept, so this class has a database of its own.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=site")
class SiteIntegrationTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signInPageShowsTheNotificationTermsPrivacyAndSupport() {
        PortalClient.Page page = new PortalClient(mvc).get("/sign-in");

        assertThat(page.body()).contains("System use notification").contains("no expectation of privacy")
                .contains("consent to the monitoring").contains("section 1030 of title 18")
                .contains("Terms and Conditions").contains("Privacy Act statement").contains("1-800-555-0100")
                .contains("verified e-mail address");
    }

    @Test
    void privacyActStatementAndSupportPagesArePublic() {
        PortalClient browser = new PortalClient(mvc);

        assertThat(browser.get("/privacy").body()).contains("Authority")
                .contains("Routine uses").contains("EIN instead");
        assertThat(browser.get("/support").status()).isEqualTo(200);
        assertThat(browser.get("/terms").body()).contains("Terms and Conditions");
        assertThat(browser.get("/accessibility").body()).contains("(WCAG) 2.1");
    }

    @Test
    void noticeShowsOnTheSignInPageOnlyBetweenItsDates() {
        PortalUser admin = users.create("notices", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(admin);
        browser.get("/admin/site");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        browser.post("/admin/site/notices", Map.of("headline", "Modernized portal coming soon",
                "body", "New pages arrive on January 22.", "severity", "INFO",
                "startsAt", now.minusMinutes(1).format(LOCAL), "endsAt", now.plusDays(1).format(LOCAL)));
        browser.get("/admin/site");
        browser.post("/admin/site/notices", Map.of("headline", "Future maintenance window",
                "body", "Saturday night.", "severity", "WARNING",
                "startsAt", now.plusDays(2).format(LOCAL), "endsAt", now.plusDays(3).format(LOCAL)));

        PortalClient.Page signIn = new PortalClient(mvc).get("/sign-in");

        assertThat(signIn.body()).contains("Modernized portal coming soon").doesNotContain("Future maintenance window");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SITE_NOTICE_POSTED'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void noticeWithItsEndBeforeItsStartGetsAFormError() {
        PortalUser admin = users.create("badnotice", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(admin);
        browser.get("/admin/site");

        PortalClient.Page page = browser.post("/admin/site/notices", Map.of("headline", "Backwards", "body", "x",
                "severity", "INFO", "startsAt", "2026-05-02T10:00", "endsAt", "2026-05-01T10:00"));
        PortalClient.Page garbage = browser.post("/admin/site/notices", Map.of("headline", "", "body", "",
                "severity", "LOUD", "startsAt", "yesterday", "endsAt", "2026-99-99T99:99"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("The end must come after the start");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("Enter a date and time, for example").doesNotContain("java.time");
    }

    @Test
    void aNewVersionOfTheTermsIsAcceptedAgainAtTheNextSignIn() {
        PortalUser admin = users.create("termsadmin", Role.ADMINISTRATOR);
        PortalUser trader = users.create("termsuser", Role.TRADE);
        new PortalClient(mvc).signIn(trader);
        int before = jdbc.sql("select count(*) from terms_acceptance where user_id = ?").param(trader.id().value())
                .query(Integer.class).single();
        PortalClient adminBrowser = new PortalClient(mvc);
        adminBrowser.signIn(admin);
        adminBrowser.get("/admin/site");
        adminBrowser.post("/admin/site/terms", Map.of("title", "OpenACE Terms and Conditions",
                "body", "Version with a new clause on data retention."));

        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        int mails = org.openace.test.TestMailServer.messagesTo(trader.email().value()).size();
        browser.post("/sign-in", Map.of("acknowledge", "yes", "username", trader.username().value(),
                "password", TestUsers.PASSWORD));
        String code = org.openace.test.TestMailServer.codeIn(
                org.openace.test.TestMailServer.awaitMessage(trader.email().value(), mails + 1));
        PortalClient.Page terms = browser.post("/sign-in/verify/email", Map.of("code", code));

        assertThat(terms.path()).isEqualTo("/terms/accept");
        assertThat(terms.body()).contains("have changed").contains("new clause on data retention");
        assertThat(browser.get("/account/security").path()).isEqualTo("/terms/accept");
        String version = PortalClient.all(terms.body(), "name=\"version\" value=\"(\\d+)\"").getFirst();
        PortalClient.Page refused = browser.post("/terms/accept", Map.of("version", version));
        assertThat(refused.body()).contains("Tick the box");
        assertThat(browser.post("/terms/accept", Map.of("version", version, "accept", "yes")).path()).isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from terms_acceptance where user_id = ?").param(trader.id().value())
                .query(Integer.class).single()).isEqualTo(before + 1);
    }
}
