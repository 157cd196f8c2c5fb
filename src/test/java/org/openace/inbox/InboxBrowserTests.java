package org.openace.inbox;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.PortalClient;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, the inbox through a Form 28's steps: an officer issues a Form 28; the importer's owner sees
 * "Notifications" with an unread count, finds the form issued and open in the inbox, follows it to the form and
 * answers; the inbox then shows the form answered, and the owner marks everything read; the officer finds the answer
 * in their own inbox; the e-mail settings page. axe-core finds nothing on any of these pages.
 */
@BrowserTest
@AutoConfigureMockMvc
class InboxBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void theInboxShowsAForm28IssuedThenAnswered() throws Exception {
        TestReferenceData.loadSamples(context);
        TaxIdentifier ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        PortalUser owner = users.create("brwinbimp", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner, ein);
        assertThat(importer.subAccounts()).isNotEmpty();
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "brwinbbrk");
        EntryNumber entry = broker.nextEntryNumber();
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(entry, ein.value()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        PortalUser officer = users.create("brwinboff", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        PortalClient cbp = PortalClient.signedIn(mvc, officer);
        cbp.get("/officer/entries/" + entry.formatted() + "/forms/new?form=cf28");
        assertThat(cbp.post("/officer/entries/" + entry.formatted() + "/forms/cf28",
                Map.of("subject", "VALUE", "body", "Send the commercial invoice.")).status()).isEqualTo(200);
        String action = jdbc.sql("select action_number from cbp_form where entry_number = ?")
                .param(entry.compact()).query(String.class).single();
        awaitNotification(owner, "FORM_ISSUED");

        browser.signIn(owner);
        browser.open("/notifications").waitForPath("/notifications");
        assertThat(browser.heading()).isEqualTo("Notifications");
        assertThat(browser.find("header nav a[href='/notifications']").getText()).contains("Notifications");
        String row = browser.find("#notifications").getText();
        assertThat(row).contains("CBP Form 28 " + action + " on entry " + entry.formatted() + ": issued",
                "Open: awaiting the answer");
        browser.checkAccessible("inbox-form-issued");
        browser.click("#notifications a[href='/reviews/forms/" + action + "']").waitForPath("/reviews/forms/" + action);
        browser.type("#answer-body", "The invoice is attached.");
        browser.press("Send the answer to CBP").acceptConfirmation().waitForPath("/reviews/forms/" + action);
        assertThat(browser.find(".usa-alert--success").getText()).contains("is sent to CBP");

        browser.open("/notifications?kind=FORM_ISSUED").waitForPath("/notifications");
        assertThat(browser.find("#notifications").getText()).contains(action, "Answered: under CBP review");
        browser.checkAccessible("inbox-form-answered");
        browser.press("Mark all as read").waitForPath("/notifications");
        assertThat(browser.find(".usa-alert--success").getText()).contains("marked as read");
        assertThat(browser.find("#unread-count").getText()).isEqualTo("You have 0 unread notifications.");
        browser.checkAccessible("inbox-all-read");
        browser.open("/notifications/settings").waitForPath("/notifications/settings");
        browser.click("label[for='mail-FORM_ISSUED-IMMEDIATE']").press("Save the e-mail settings")
                .waitForPath("/notifications/settings");
        assertThat(browser.find(".usa-alert--success").getText()).contains("saved");
        browser.checkAccessible("inbox-settings");
        browser.signOut();

        awaitNotification(officer, "FORM_ANSWERED");
        browser.signIn(officer);
        browser.open("/notifications").waitForPath("/notifications");
        assertThat(browser.find("#notifications").getText()).contains(action + " on entry " + entry.formatted()
                + ": answered");
        browser.checkAccessible("inbox-officer");
        browser.click("#notifications a[href='/officer/reviews/" + action + "']")
                .waitForPath("/officer/reviews/" + action);

        browser.assertCheckedPagesAccessible();
    }

    private void awaitNotification(PortalUser user, String kind) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (jdbc.sql("select count(*) from inbox_notification where user_id = ? and kind = ?")
                    .param(user.id().value()).param(kind).query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No " + kind + " notification for " + user.username());
    }
}
