package org.openace.review.form;

import java.nio.file.Files;
import java.nio.file.Path;

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
 * In a real browser: an officer issues a Form 28 from an entry (confirming in the page's dialog), the importer's
 * owner finds it among the CBP forms, answers with a PDF chosen in the file input and sends it, and the officer finds
 * the answer to review, downloads nothing inline, and closes the form; axe-core finds nothing on any of these pages.
 */
@BrowserTest
@AutoConfigureMockMvc
class CbpFormsBrowserTests {

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
    void anOfficerIssuesAForm28TheImporterAnswersWithAPdfAndTheOfficerClosesIt() throws Exception {
        TestReferenceData.loadSamples(context);
        TaxIdentifier ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        PortalUser owner = users.create("brwcf28imp", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner, ein);
        assertThat(importer.subAccounts()).isNotEmpty();
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "brwcf28brk");
        EntryNumber entry = broker.nextEntryNumber();
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(entry, ein.value()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        PortalUser officer = users.create("brwcf28off", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officer.id().value()).update();
        Path pdf = Files.createDirectories(Path.of("target", "browser-uploads")).resolve("commercial-invoice.pdf");
        Files.write(pdf, CbpFormsIntegrationTests.PDF);

        browser.signIn(officer);
        String issuePage = "/officer/entries/" + entry.formatted() + "/forms/new";
        browser.open(issuePage).waitForPath(issuePage);
        assertThat(browser.heading()).isEqualTo("Issue a CBP form on entry " + entry.formatted());
        browser.checkAccessible("officer-issue-form");
        browser.press("Issue the CBP Form 28").acceptConfirmation()
                .waitForPath("/officer/entries/" + entry.formatted() + "/forms/cf28");
        assertThat(browser.find("#issue-body-error").getText()).contains("Write the questions");
        browser.checkAccessible("officer-issue-form-with-errors");
        browser.choose("#issue-subject", "Value")
                .type("#issue-body", "Send the commercial invoice and proof of payment.")
                .press("Issue the CBP Form 28").acceptConfirmation().waitForPathMatching("/officer/reviews/28-.*");
        String action = browser.path().substring("/officer/reviews/".length());
        assertThat(browser.find(".usa-alert--success").getText()).contains(action);
        browser.checkAccessible("officer-form-issued");
        browser.signOut();

        browser.signIn(owner);
        browser.open("/reviews").waitForPath("/reviews");
        assertThat(browser.heading()).isEqualTo("CBP forms on your entries");
        browser.checkAccessible("trade-forms");
        browser.click("a[href='/reviews/forms/" + action + "']").waitForPath("/reviews/forms/" + action);
        assertThat(browser.find("#main-content").getText()).contains("Send the commercial invoice");
        browser.checkAccessible("trade-form");
        browser.type("#answer-body", "The invoice is attached; payment was by wire on 2026-09-10.");
        browser.find("#answer-documents").sendKeys(pdf.toAbsolutePath().toString());
        browser.press("Send the answer to CBP").acceptConfirmation().waitForPath("/reviews/forms/" + action);
        assertThat(browser.find(".usa-alert--success").getText()).contains("is sent to CBP");
        assertThat(browser.find("#main-content").getText()).contains("commercial-invoice.pdf",
                "Answered: under CBP review");
        browser.checkAccessible("trade-form-answered");
        browser.signOut();

        browser.signIn(officer);
        browser.open("/officer/reviews").waitForPath("/officer/reviews");
        assertThat(browser.find("#answers-heading").getText()).startsWith("Answers to review (");
        browser.checkAccessible("officer-queue");
        browser.click("a[href='/officer/reviews/" + action + "']").waitForPath("/officer/reviews/" + action);
        assertThat(browser.find("#main-content").getText()).contains("commercial-invoice.pdf",
                "payment was by wire");
        browser.type("#close-note", "Value accepted as entered.").press("Close the form").acceptConfirmation()
                .waitForPath("/officer/reviews/" + action);
        assertThat(browser.find(".usa-alert--success").getText()).contains("is closed");
        browser.checkAccessible("officer-form-closed");

        browser.assertCheckedPagesAccessible();
    }
}
