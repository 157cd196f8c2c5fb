package org.openace.reports;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.reference.load.TestReferenceData;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.RequestRun;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broker's user in a real browser runs ES-003 from the Reports page, watches its page until the rows come, downloads
 * the three formats, cancels a run that takes minutes, and opens their trends, whose charts are drawn with their
 * tables. axe-core checks every page on the way, and the Content Security Policy reports no violation.
 */
@BrowserTest
@AutoConfigureMockMvc
@Import(SlowReport.class)
@TestPropertySource(properties = {"openace.test.context=reports-browser", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/browser"})
class ReportsBrowserTests {

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
    @Autowired
    RequestRun request;

    /** The status and content type of a download, fetched by the page's own session. */
    private static String fetched(String href) {
        Object answer = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.blob().then(b => done(r.status + ' ' + r.headers.get('Content-Type')
                    + ' ' + b.size))).catch(e => done('failed ' + e));""", href);
        return String.valueOf(answer);
    }

    @Test
    void aBrokerRunsEs003WatchesItDownloadsItCancelsASlowRunAndSeesTheirTrends() throws Exception {
        TestReferenceData.loadSamples(context);
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptbrowse");
        EntryNumber first = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        EntryNumber second = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "12500.50");
        ReportFixtures.awaitInStore(reads, first);
        ReportFixtures.awaitInStore(reads, second);

        browser.signIn(broker.owner());
        browser.click("nav a[href='/reports']").waitForPath("/reports");
        assertThat(browser.heading()).isEqualTo("Reports");
        browser.checkAccessible("reports");
        browser.click("a[href='/reports/ES-003']").waitForPath("/reports/ES-003");
        browser.checkAccessible("report-es-003");
        browser.press("Run the report").waitForPathMatching("/reports/runs/[0-9a-f-]{36}");
        browser.waitUntil(driver -> browser.find("#run-progress").getText().startsWith("Done"), Duration.ofSeconds(60));
        assertThat(browser.find("#run-outcome").getText()).contains("2 rows");
        assertThat(browser.findAll("table tbody tr")).hasSize(2);
        browser.checkAccessible("report-run");
        String run = browser.path();
        assertThat(fetched(run + "/download/csv")).startsWith("200 text/csv");
        assertThat(fetched(run + "/download/xlsx"))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fetched(run + "/download/pdf")).startsWith("200 application/pdf");

        ReportRun slow = SlowReport.request(request, broker.owner());
        browser.open("/reports/runs/" + slow.id());
        browser.waitUntil(driver -> browser.find("#run-status").getText().startsWith("Running"), Duration.ofSeconds(30));
        assertThat(browser.find("#run-bar").getTagName()).isEqualTo("progress");
        browser.checkAccessible("report-run-progress");
        browser.press("Cancel the run");
        browser.waitUntil(driver -> browser.findAll("#run-outcome").size() == 1
                && browser.find("#run-outcome").getText().startsWith("Cancelled"), Duration.ofSeconds(30));
        browser.checkAccessible("report-run-cancelled");

        browser.open("/reports/runs");
        assertThat(browser.find("#main-content").getText()).contains("A slow report").containsIgnoringCase("Cancelled")
                .contains("ES-003 Entry Summary Line Tariff Details");
        browser.checkAccessible("report-runs");

        browser.open("/reports/trends");
        browser.waitUntil(driver -> browser.findAll("[data-chart-for] canvas").size() == 5, Duration.ofSeconds(20));
        List<String> charted = browser.findAll("[data-chart-for]").stream()
                .map(chart -> chart.getAttribute("data-chart-for")).toList();
        assertThat(charted).containsExactly("trade-months", "trade-chapters", "trade-countries", "trade-ports",
                "trade-importers");
        assertThat(browser.find("#trade-months tbody tr th").getText()).isEqualTo("2026-09");
        browser.checkAccessible("trade-trends");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        browser.assertCheckedPagesAccessible();
    }
}
