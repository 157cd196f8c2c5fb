package org.openace.agency;

import java.util.Map;

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
 * In a real browser (issue 11's required test): an administrator reads an agency's agreement with its programs and
 * hold authority; the agency's partner agency user finds an entry within the agreement among the covered lines,
 * opens it, is told the reason is missing, places a hold (confirming in the page's dialog) and lifts it; axe-core
 * finds nothing on any of these pages.
 */
@BrowserTest
@AutoConfigureMockMvc
class PartnerAgencyHoldBrowserTests {

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
    void aPartnerAgencyUserPlacesAndLiftsAHoldOnAnEntryWithinTheAgreement() throws Exception {
        TestReferenceData.loadSamples(context);
        TaxIdentifier ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        accounts.importer(users.create("brwpgaimp", Role.TRADE), ein);
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "brwpgabrk");
        EntryNumber entry = broker.nextEntryNumber();
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(entry, ein.value()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        PortalUser administrator = users.create("brwpgaadm", Role.ADMINISTRATOR);
        PortalUser pga = users.create("brwpgauser", Role.PGA);
        PortalClient admin = PortalClient.signedIn(mvc, administrator);
        admin.post("/admin/agencies", Map.of("code", "PGAB", "name", "Browser Agency", "hts", "",
                "programs", "ALC | Lacey Act plant products | 9403", "holdAuthority", "true"));
        admin.post("/admin/agencies/PGAB/members", Map.of("username", pga.username().value()));

        browser.signIn(administrator);
        browser.open("/admin/agencies/PGAB").waitForPath("/admin/agencies/PGAB");
        assertThat(browser.find("#main-content").getText()).contains("ALC (9403)", "may hold cargo");
        assertThat(browser.find("#holdAuthority").isSelected()).isTrue();
        browser.checkAccessible("admin-agency-agreement");
        browser.signOut();

        browser.signIn(pga);
        browser.open("/agency/entries?hts=9403.20").waitForPath("/agency/entries");
        assertThat(browser.heading()).isEqualTo("Entries within your agreement");
        browser.checkAccessible("agency-entries");
        String page = "/agency/entries/" + entry.formatted();
        browser.click("a[href='" + page + "']").waitForPath(page);
        assertThat(browser.heading()).isEqualTo("Entry " + entry.formatted());
        assertThat(browser.find("#main-content").getText()).contains("9403.20.00.17",
                "does not allow personal data");
        browser.checkAccessible("agency-entry");
        browser.press("Hold the cargo").acceptConfirmation().waitForPath(page + "/holds");
        assertThat(browser.find("#hold-reason-error").getText()).contains("Enter the reason for the hold");
        browser.checkAccessible("agency-entry-hold-without-reason");
        browser.type("#hold-reason", "Lacey Act declaration missing for the wood species")
                .press("Hold the cargo").acceptConfirmation().waitForPath(page);
        assertThat(browser.find(".usa-alert--success").getText()).contains("Hold 1 is placed on the cargo");
        assertThat(browser.find("#main-content").getText()).contains("PGAB", "Lacey Act declaration missing");
        browser.checkAccessible("agency-entry-held");
        assertThat(jdbc.sql("select authority from entry_hold where entry_number = ? and lifted_on is null")
                .param(entry.compact()).query(String.class).list()).containsExactly("PGAB");
        browser.press("Lift hold 1").acceptConfirmation().waitForPath(page);
        assertThat(browser.find(".usa-alert--success").getText()).contains("is lifted");
        browser.checkAccessible("agency-entry-lifted");

        browser.assertCheckedPagesAccessible();
    }
}
