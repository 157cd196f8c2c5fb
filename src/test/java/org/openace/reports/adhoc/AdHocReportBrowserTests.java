package org.openace.reports.adhoc;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.openqa.selenium.WebElement;
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
 * A broker in a real browser builds an ad hoc report from the reports page without JavaScript-only controls: picks a
 * summary, previews the grouped rows, is told on the form what a filter cannot take, saves the report as a template
 * and runs it. axe-core checks every page on the way, error messages included.
 */
@BrowserTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"openace.test.context=adhoc-browser", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/${random.uuid}"})
class AdHocReportBrowserTests {

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
    AnalyticsReads reads;

    @Test
    void aBrokerPreviewsSavesAndRunsAGroupedAdHocReportOnAccessiblePages() throws Exception {
        TestReferenceData.loadSamples(context);
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ahbrowse");
        EntryNumber last = null;
        for (String value : List.of("10000.00", "12500.50")) {
            last = broker.nextEntryNumber();
            String mpf = new java.math.BigDecimal(value).multiply(new java.math.BigDecimal("0.003464"))
                    .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                    .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                    .content(FilingFixtures.summary(last, FilingFixtures.DEMO_IMPORTER, value, mpf)))
                    .andReturn().getResponse().getStatus()).isEqualTo(201);
        }
        String lastNumber = last.compact();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reads.read(c -> {
            try (var s = c.prepareStatement("select count(*) from es_line_tariff where entry_number = ?")) {
                s.setString(1, lastNumber);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }) == 0) {
            assertThat(System.nanoTime()).as("filed entries in the analytics store").isLessThan(end);
            Thread.sleep(50);
        }

        browser.signIn(broker.owner());
        browser.open("/reports");
        browser.click("a[href='/reports/ad-hoc']").waitForPath("/reports/ad-hoc");
        assertThat(browser.heading()).isEqualTo("Ad hoc report");
        browser.checkAccessible("ad-hoc");

        browser.click("label[for='column-0']"); // Entry Summary Number, ticked at first: untick it
        browser.tickLabelled("Sum of Line Tariff Goods Value Amount").tickLabelled("Count of distinct entry summaries");
        browser.choose("#filter-1", "Filer Code").choose("#filter-1-operator", "equals")
                .type("#filter-1-value", broker.filerCode());
        browser.press("Preview").waitForPath("/reports/ad-hoc");
        List<WebElement> cells = browser.findAll("#preview-heading ~ div tbody td");
        assertThat(cells).extracting(WebElement::getText).containsExactly("CN", "2", "22,500.50"); // summaries in the order listed
        browser.checkAccessible("ad-hoc-preview");

        browser.choose("#filter-2", "Line Tariff Goods Value Amount").choose("#filter-2-operator", "starts with")
                .type("#filter-2-value", "1");
        browser.press("Preview").waitForPath("/reports/ad-hoc");
        assertThat(browser.find("#filter-2-error").getText()).contains("Line Tariff Goods Value Amount takes the "
                + "operators");
        browser.checkAccessible("ad-hoc-refused");

        browser.choose("#filter-2", "- none -").choose("#filter-2-operator", "- none -");
        browser.find("#filter-2-value").clear();
        browser.type("#name", "CN value").tickLabelled("Share it");
        browser.press("Save as a template").waitForPathMatching("/reports/ad-hoc/templates/[0-9a-f-]{36}");
        assertThat(browser.find("#main-content").getText()).contains("The template CN value is saved.");
        browser.checkAccessible("ad-hoc-template");

        browser.press("Run the report").waitForPathMatching("/reports/runs/[0-9a-f-]{36}");
        browser.waitUntil(driver -> browser.findAll("#run-outcome").size() == 1, Duration.ofSeconds(30));
        assertThat(browser.find("#run-outcome").getText()).startsWith("Done: 1 rows");
        browser.checkAccessible("ad-hoc-run");
        browser.assertCheckedPagesAccessible();
    }
}
