package org.openace.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;

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
 * In a real browser, the compliance view follows a Form 28 step by step: the officer issues it with an answer due in 5
 * days; the importer's owner sees "Answers due within 7 days: 1" on the compliance view, follows the tile to the list
 * of those forms, answers; the view then shows it answered, under CBP review, and nothing due; after the officer
 * closes it, nothing is left. Daily operations count the form issued today. axe-core finds nothing on any page.
 */
@BrowserTest
@AutoConfigureMockMvc
class CompliancePageBrowserTests {

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
    void theComplianceViewShowsEachStepOfAForm28() throws Exception {
        TestReferenceData.loadSamples(context);
        TaxIdentifier ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        PortalUser owner = users.create("brwcmpimp", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner, ein);
        assertThat(importer.subAccounts()).isNotEmpty();
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "brwcmpbrk");
        EntryNumber entry = broker.nextEntryNumber();
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(entry, ein.value()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        PortalUser officer = users.create("brwcmpoff", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(5);

        browser.signIn(officer);
        String issuePage = "/officer/entries/" + entry.formatted() + "/forms/new";
        browser.open(issuePage).waitForPath(issuePage);
        browser.choose("#issue-subject", "Value")
                .type("#issue-body", "Send the commercial invoice.")
                .type("#issue-dueOn", due.toString())
                .press("Issue the CBP Form 28").acceptConfirmation().waitForPathMatching("/officer/reviews/28-.*");
        String action = browser.path().substring("/officer/reviews/".length());
        browser.signOut();

        browser.signIn(owner);
        browser.open("/compliance").waitForPath("/compliance");
        assertThat(browser.heading()).isEqualTo("What needs your action");
        assertThat(browser.find("#tile-forms-due").getText()).isEqualTo("1");
        assertThat(browser.find("#tile-forms-answered").getText()).isEqualTo("0");
        browser.checkAccessible("compliance-form-due");
        browser.click("a[href='/reviews?show=due-soon']").waitForPath("/reviews");
        assertThat(browser.find("#main-content").getText()).contains(action);
        browser.click("a[href='/reviews/forms/" + action + "']").waitForPath("/reviews/forms/" + action);
        browser.type("#answer-body", "The invoice is attached to our e-mail of today; the value is as entered.");
        browser.press("Send the answer to CBP").acceptConfirmation().waitForPath("/reviews/forms/" + action);
        browser.open("/compliance").waitForPath("/compliance");
        assertThat(browser.find("#tile-forms-due").getText()).isEqualTo("0");
        assertThat(browser.find("#tile-forms-answered").getText()).isEqualTo("1");
        browser.checkAccessible("compliance-form-answered");
        browser.open("/compliance/operations").waitForPath("/compliance/operations");
        assertThat(browser.find("tr[data-kind='FORM_ISSUED']").getText()).contains("CBP form issued 1 1");
        assertThat(browser.find("tr[data-kind='FILED']").getText()).contains("Filed and accepted 1 1");
        browser.checkAccessible("daily-operations");
        browser.signOut();

        browser.signIn(officer);
        browser.open("/officer/reviews/" + action).waitForPath("/officer/reviews/" + action);
        browser.type("#close-note", "Value accepted as entered.").press("Close the form").acceptConfirmation()
                .waitForPath("/officer/reviews/" + action);
        browser.signOut();

        browser.signIn(owner);
        browser.open("/compliance").waitForPath("/compliance");
        assertThat(browser.find("#tile-forms-due").getText()).isEqualTo("0");
        assertThat(browser.find("#tile-forms-answered").getText()).isEqualTo("0");
        assertThat(browser.find("#compliance-over-time").getText()).contains(LocalDate.now(ZoneOffset.UTC).toString());

        browser.assertCheckedPagesAccessible();
    }
}
