package org.openace.trends;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customs officer in a real browser opens National trends from the navigation: each table gets its chart drawn
 * above it (ECharts, from the table's figures, an image with an accessible name) while the table stays as its text
 * equivalent; the officer drills from a chapter to its headings. axe-core checks every page on the way, and the
 * Content Security Policy reports no violation.
 */
@BrowserTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"openace.test.context=trends-browser", "openace.analytics.enabled=true"})
class TrendsBrowserTests {

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
    TrendQueries queries;

    @Test
    void anOfficerSeesTheTrendsChartsWithTheirTablesAndDrillsIntoAChapter() throws Exception {
        TestReferenceData.loadSamples(context);
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "trendsbrowse");
        TrendData.awaitInStore(queries, TrendData.file(mvc, broker).size());
        PortalUser officer = users.create("trendsviewer", Role.OFFICER);

        browser.signIn(officer);
        browser.open("/trends?from=2026-07&to=2026-09");
        assertThat(browser.heading()).isEqualTo("National trends");
        browser.waitUntil(driver -> browser.findAll("[data-chart-for] canvas").size() == 4, Duration.ofSeconds(20));
        List<WebElement> charts = browser.findAll("[data-chart-for]");
        assertThat(charts).extracting(c -> c.getAttribute("data-chart-for"))
                .containsExactly("trend-months", "trend-hts", "trend-countries", "trend-ports");
        assertThat(charts).allSatisfy(chart -> {
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.getAttribute("aria-label")).contains("The table below holds the same figures.");
        });
        assertThat(browser.findAll("#trend-months tbody tr")).hasSize(3);
        assertThat(browser.find("#trend-countries tbody tr th").getText()).isEqualTo("CN");
        assertThat(browser.find("#trend-hts").getAttribute("data-chart-drawn")).isEqualTo("true");
        browser.checkAccessible("trends");

        browser.click("#trend-hts a[href*='hts=94']");
        browser.waitUntil(driver -> browser.find("#trend-hts-heading").getText().equals("By HTS heading within 94"));
        browser.waitUntil(driver -> browser.findAll("[data-chart-for] canvas").size() == 4, Duration.ofSeconds(20));
        assertThat(browser.find("#trend-hts tbody tr th").getText()).isEqualTo("9403");
        browser.checkAccessible("trends-chapter-94");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        browser.assertCheckedPagesAccessible();
    }

    @Test
    void anAdministratorRecordsAPartnerAgencyOnAccessiblePages() {
        PortalUser admin = users.create("trendsagencyadmin", Role.ADMINISTRATOR);
        browser.signIn(admin);
        browser.click("nav a[href='/admin/agencies']").waitForPath("/admin/agencies");
        assertThat(browser.heading()).isEqualTo("Partner agencies");
        browser.checkAccessible("agencies");
        browser.type("#code", "TBA").type("#name", "Browser Test Agency").type("#hts", "01, 9403")
                .press("Record the agency").waitForPath("/admin/agencies/TBA");
        assertThat(browser.find("#main-content").getText()).contains("Covers: 01, 9403");
        browser.checkAccessible("agency");
        browser.assertCheckedPagesAccessible();
    }
}
