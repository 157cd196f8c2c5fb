package org.openace.payment.statement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broker's owner, in a real browser, opens the statements, the day's statement of its filer code, an entry on it
 * and its fee classes, and the PMS calendar; axe-core checks every page. In a database of its own: preparing the day's
 * statements takes every filer's accepted entries up to the day.
 */
@BrowserTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "openace.test.context=payments-browser")
class StatementsBrowserTests {

    static final LocalDate DAY = LocalDate.of(2026, 9, 18);

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
    @Autowired
    PrepareDailyStatements prepare;

    @Test
    void aBrokerFollowsItsStatementDownToAFeeClass() throws Exception {
        TestReferenceData.loadSamples(context);
        TestReferenceData.importersOnFile(context);
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "brwstm");
        EntryNumber first = broker.nextEntryNumber();
        file(broker, FilingFixtures.summary(first, FilingFixtures.DEMO_IMPORTER, "10000.00", "34.64"));
        file(broker, FilingFixtures.summary(broker.nextEntryNumber(), FilingFixtures.DEMO_IMPORTER, "20000.00",
                "69.28"));
        String number = prepare.prepare(DAY, AuditActor.SYSTEM).statements().stream()
                .filter(s -> s.filerCode().equals(broker.filerCode())).findFirst().orElseThrow().statementNumber();

        browser.signIn(broker.owner());
        browser.open("/payments/statements").waitForPath("/payments/statements");
        assertThat(browser.heading()).isEqualTo("Statements");
        browser.checkAccessible("statements");

        browser.click("a[href='/payments/statements/" + number + "']").waitForPath("/payments/statements/" + number);
        assertThat(browser.heading()).isEqualTo("Daily statement " + number);
        assertThat(browser.find("#main-content").getText()).contains("103.92", first.formatted());
        browser.checkAccessible("statement");

        browser.click("a[href='/payments/statements/" + number + "/entries/" + first.formatted() + "']")
                .waitForPath("/payments/statements/" + number + "/entries/" + first.formatted());
        String entry = browser.find("#main-content").getText();
        assertThat(entry).contains("Merchandise processing fee", "34.64", "9403.20.00.17", "agree to the cent");
        browser.checkAccessible("statement-entry");

        browser.open("/payments/statements/" + number + "/reconciliation")
                .waitForPath("/payments/statements/" + number + "/reconciliation");
        assertThat(browser.find("#main-content").getText()).contains("The statement agrees with its entries");
        browser.checkAccessible("statement-reconciliation");

        browser.open("/payments/pms-calendar?year=2026").waitForPath("/payments/pms-calendar?year=2026");
        assertThat(browser.find("#main-content").getText()).contains("2026-01-16", "2026-01-23");
        browser.checkAccessible("pms-calendar");

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
