package org.openace.filing.detail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * An importer's user opens, in a real browser, an entry its broker filed and corrected: sees the header with the
 * importer number masked, the line with its HTS number, the status and history, then compares the two versions and
 * sees each changed field named in words. axe-core checks both pages.
 */
@BrowserTest
@AutoConfigureMockMvc
class EntryDetailBrowserTests {

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
    void anImportersUserOpensAnEntryItsBrokerFiledAndComparesTwoVersions() throws Exception {
        TestReferenceData.loadSamples(context);
        TaxIdentifier tax = TestAccounts.ein();
        PortalUser importerOwner = users.create("brwimp", Role.TRADE);
        accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "brwbrk");
        EntryNumber number = broker.nextEntryNumber();
        file(broker, FilingFixtures.summary(number, tax.value()));
        file(broker, FilingFixtures.summary(number, tax.value(), "12000.00", "41.57"));

        browser.signIn(importerOwner);
        browser.open("/entries/" + number.formatted()).waitForPath("/entries/" + number.formatted());
        assertThat(browser.heading()).isEqualTo("Entry " + number.formatted());
        String page = browser.find("#main-content").getText();
        assertThat(page).contains(tax.masked(), "9403.20.00.17", "12000.00", "Accepted", "Filed and accepted",
                "Corrected (a new version)").doesNotContain(tax.value());
        browser.checkAccessible("entry-detail");

        browser.choose("#left", "1").choose("#right", "2").press("Compare")
                .waitForPath("/entries/" + number.formatted() + "/versions?left=1&right=2");
        assertThat(browser.heading()).isEqualTo("Versions of entry " + number.formatted());
        assertThat(browser.find("[data-changes]").getText()).contains("fields differ between version 1 and version 2");
        assertThat(browser.findAll("tr[data-changed='true']")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("Changed"));
        assertThat(browser.find("#main-content").getText()).contains("10000.00", "12000.00");
        browser.checkAccessible("entry-versions");

        browser.assertCheckedPagesAccessible();
    }

    private void file(Broker broker, String json) throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                        .header("Authorization", "Bearer " + broker.token())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }
}
