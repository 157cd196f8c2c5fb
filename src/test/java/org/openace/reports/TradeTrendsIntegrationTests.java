package org.openace.reports;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trade user's trends (X5) on their trends page and their home page: figures by month, HTS chapter, country, port
 * and importer that add up to what they filed, each chart with its table, and never another account's figures.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=reports-trends", "openace.analytics.enabled=true"})
class TradeTrendsIntegrationTests {

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

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    /** The cells of the row labelled {@code label} in the table {@code id} of a page. */
    private static List<String> row(String body, String id, String label) {
        int table = body.indexOf("id=\"" + id + "\"");
        assertThat(table).as("table " + id).isNotNegative();
        String rest = body.substring(table, body.indexOf("</table>", table));
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("<th scope=\"row\">\\s*(?:<a[^>]*>)?"
                + java.util.regex.Pattern.quote(label) + "(?:</a>)?\\s*</th>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
                .matcher(rest);
        assertThat(at.find()).as(label + " in " + id).isTrue();
        String row = at.group(1);
        return PortalClient.all(row, "<td class=\"openace-number\" data-value=\"[^\"]*\">([^<]*)</td>");
    }

    @Test
    void aUsersTrendsAddUpToWhatTheirAccountsFiledAndHoldNothingOfAnotherAccount() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "trdown");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "trdoth");
        EntryNumber first = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        EntryNumber second = ReportFixtures.file(mvc, broker, FilingFixtures.DEMO_IMPORTER, "12500.50");
        EntryNumber others = ReportFixtures.file(mvc, other, FilingFixtures.DEMO_IMPORTER, "99999.00");
        for (EntryNumber number : List.of(first, second, others)) {
            ReportFixtures.awaitInStore(reads, number);
        }
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());

        PortalClient.Page page = client.get("/reports/trends");

        assertThat(page.status()).isEqualTo(200);
        assertThat(row(page.body(), "trade-months", "2026-09")).containsExactly("22,500.50", "0.00", "2");
        assertThat(row(page.body(), "trade-chapters", "94")).containsExactly("22,500.50", "0.00", "2");
        assertThat(row(page.body(), "trade-countries", "CN")).containsExactly("22,500.50", "0.00", "2");
        assertThat(row(page.body(), "trade-ports", "0101")).containsExactly("22,500.50", "0.00", "2");
        assertThat(page.body()).doesNotContain("99,999.00").contains("data-chart=\"line\"")
                .contains("/webjars/echarts/");
        PortalClient.Page home = client.get("/");
        assertThat(row(home.body(), "trade-months", "2026-09")).containsExactly("22,500.50", "0.00", "2");
    }

    @Test
    void aUserWithoutTheReportsRightIsToldSoAndOfficersGoToNationalTrends() {
        PortalClient nobody = PortalClient.signedIn(mvc, users.create("trdnone", Role.TRADE));
        assertThat(nobody.get("/reports/trends").body()).contains("reports right on no account");
        assertThat(nobody.get("/").body()).doesNotContain("trade-months");
        PortalClient officer = PortalClient.signedIn(mvc, users.create("trdoff", Role.OFFICER));
        assertThat(officer.get("/reports/trends").status()).isEqualTo(403);
        assertThat(officer.get("/reports").body()).contains("/trends");
    }
}
