package org.openace.trends;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
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
 * National trends on a small hand-made data set ({@link TrendData}) filed through the API and fed to the analytics
 * store: the sums by month, chapter, heading, country and port are the hand-computed ones; a partner agency's trend
 * holds only its agreement's HTS and each of its runs is a disclosure; no importer number appears; bad filters are
 * refused with the reason.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=trends", "openace.analytics.enabled=true"})
class TrendsIntegrationTests {

    private static List<EntryNumber> filed;

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
    @Autowired
    AnalyticsReads reads;

    @BeforeEach
    void data() throws Exception {
        if (filed == null) {
            TestReferenceData.loadSamples(context);
            FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "trendsbroker");
            filed = TrendData.file(mvc, broker);
            TrendData.awaitInStore(queries, filed.size());
        }
    }

    private static TrendFilter all() {
        return new TrendFilter(TrendData.FROM, TrendData.TO, null, null, null, null);
    }

    private static String row(TrendRow row) {
        return String.join("|", row.key(), row.value().toPlainString(), row.duty().toPlainString(),
                Long.toString(row.lines()), Long.toString(row.entries()));
    }

    private List<String> rows(TrendDimension dimension, TrendFilter filter, TrendScope scope) {
        return queries.by(dimension, filter, scope, 100).rows().stream().map(TrendsIntegrationTests::row).toList();
    }

    @Test
    void theSumsByMonthChapterCountryAndPortAreTheHandComputedOnes() {
        TrendScope national = TrendScope.national();
        assertThat(row(queries.totals(all(), national))).isEqualTo("|85000.00|1910.00|5|4");
        assertThat(rows(TrendDimension.MONTH, all(), national)).containsExactly(
                "2026-07|30000.00|1000.00|2|2", "2026-08|50000.00|760.00|2|1", "2026-09|5000.00|150.00|1|1");
        assertThat(rows(TrendDimension.CHAPTER, all(), national)).containsExactly(
                "94|40000.00|0.00|2|2", "01|20000.00|1000.00|1|1", "84|20000.00|760.00|1|1", "74|5000.00|150.00|1|1");
        assertThat(rows(TrendDimension.COUNTRY, all(), national)).containsExactly(
                "CN|60000.00|760.00|3|2", "MX|20000.00|1000.00|1|1", "DE|5000.00|150.00|1|1");
        assertThat(rows(TrendDimension.PORT, all(), national)).containsExactly(
                "0101|60000.00|760.00|3|2", "0401|25000.00|1150.00|2|2");
        assertThat(rows(TrendDimension.ENTRY_TYPE, all(), national)).containsExactly("01|85000.00|1910.00|5|4");
        assertThat(queries.totals(all(), national).value()).isInstanceOf(BigDecimal.class);
    }

    @Test
    void aChapterDrillsDownToItsHeadingsAndAHeadingToItsSubheadings() {
        TrendScope national = TrendScope.national();
        assertThat(rows(TrendDimension.HEADING, all().withHts("94"), national))
                .containsExactly("9403|40000.00|0.00|2|2");
        assertThat(rows(TrendDimension.SUBHEADING, all().withHts("9403"), national))
                .containsExactly("940320|40000.00|0.00|2|2");
        assertThat(rows(TrendDimension.MONTH, new TrendFilter(TrendData.FROM, TrendData.TO, null, "CN", "0101", "01"),
                national)).containsExactly("2026-07|10000.00|0.00|1|1", "2026-08|50000.00|760.00|2|1");
    }

    @Test
    void anOfficerSeesTheTablesWithDrillDownLinksAndEachMonthLinksToItsEntries() {
        PortalUser officer = users.create("trendsofficer", Role.OFFICER);
        PortalClient.Page page = PortalClient.signedIn(mvc, officer).get("/trends?from=2026-07&to=2026-09");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-chart=\"line\"", "data-chart=\"bar\"", "data-value=\"30000.00\"")
                .contains("href=\"/trends?from=2026-07&amp;to=2026-09&amp;hts=94\"")
                .contains("href=\"/entries?entryFrom=2026-08-01&amp;entryTo=2026-08-31\"")
                .contains("85,000.00");
        PortalClient.Page heading = PortalClient.signedIn(mvc, officer).get("/trends?from=2026-07&to=2026-09&hts=94");
        assertThat(heading.body()).contains("href=\"/trends?from=2026-07&amp;to=2026-09&amp;hts=9403\"")
                .contains("Up one HTS level");
    }

    @Test
    void aPartnerAgencysTrendHoldsOnlyItsAgreementsHtsAndEachRunIsADisclosure() {
        PortalUser admin = users.create("trendsadmin", Role.ADMINISTRATOR);
        PortalUser pga = users.create("trendspga", Role.PGA);
        PortalClient administrator = PortalClient.signedIn(mvc, admin);
        administrator.post("/admin/agencies", Map.of("code", "TRFDA", "name", "Trends Test Agency", "hts", "01, 9403"));
        administrator.post("/admin/agencies/TRFDA/members", Map.of("username", pga.username().value()));

        TrendScope scope = TrendScope.within(new org.openace.agency.AgencyAgreement("TRFDA", "Trends Test Agency",
                List.of("01", "9403")));
        assertThat(row(queries.totals(all(), scope))).isEqualTo("|60000.00|1000.00|3|3");
        assertThat(rows(TrendDimension.CHAPTER, all(), scope)).containsExactly(
                "94|40000.00|0.00|2|2", "01|20000.00|1000.00|1|1");

        int before = disclosures();
        PortalClient agency = PortalClient.signedIn(mvc, pga);
        PortalClient.Page page = agency.get("/trends?from=2026-07&to=2026-09");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("60,000.00").contains(">94<", ">01<")
                .doesNotContain(">84<").doesNotContain(">74<").doesNotContain("/entries?")
                .doesNotContain("85,000.00").doesNotContain("data-value=\"760.00\"");
        agency.get("/trends?from=2026-07&to=2026-09&hts=01");
        assertThat(disclosures()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select recipient from disclosure_record where subject_type = 'NATIONAL_TRENDS' "
                + "order by disclosed_at desc limit 1").query(String.class).single())
                .isEqualTo("TRFDA (Trends Test Agency)");

        PortalClient.Page outside = agency.get("/trends?from=2026-07&to=2026-09&hts=84");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("HTS 84 is outside your agency&#39;s agreement, which covers 01, 9403.");
    }

    @Test
    void aPartnerAgencyUserOfNoAgencyIsToldSoAndSeesNoFigures() {
        PortalUser pga = users.create("trendsnoagency", Role.PGA);
        PortalClient.Page page = PortalClient.signedIn(mvc, pga).get("/trends");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("You are not a member of a partner agency").doesNotContain("data-chart");
    }

    @Test
    void noImporterNumberAppearsInAnyTrendOutput() {
        PortalUser officer = users.create("trendsnoimporter", Role.OFFICER);
        String display = jdbc.sql("select importer_display from entry_summary where entry_number = ?")
                .param(filed.getFirst().compact()).query(String.class).single();
        PortalClient client = PortalClient.signedIn(mvc, officer);
        for (String address : List.of("/trends?from=2026-07&to=2026-09", "/trends?from=2026-07&to=2026-09&hts=94",
                "/trends?from=2026-07&to=2026-09&hts=9403&country=CN")) {
            String body = client.get(address).body();
            assertThat(body).doesNotContain(FilingFixtures.DEMO_IMPORTER).doesNotContain(display)
                    .doesNotContain("262704").doesNotContain("DEMO1");
        }
    }

    @Test
    void badFiltersAreRefusedWithTheReason() {
        PortalUser officer = users.create("trendsbad", Role.OFFICER);
        PortalClient client = PortalClient.signedIn(mvc, officer);
        Map<String, String> refusals = Map.of(
                "/trends?from=2026-09&to=2026-07", "The last month (2026-07) is before the first (2026-09).",
                "/trends?from=2000-01&to=2026-09", "Choose at most 120 months (10 years)",
                "/trends?from=1900-01", "Choose a month from 1990-01",
                "/trends?from=2026-13", "Enter the first month as year and month",
                "/trends?hts=94'%20or%201=1--", "Enter an HTS chapter (2 digits), heading (4 digits) or subheading",
                "/trends?country=C%27N", "Enter a country of origin as its 2-letter ISO code",
                "/trends?port=01;drop", "Enter a port of entry as its 4-digit Schedule D code",
                "/trends?type=1", "Enter an entry type as its 2 digits");
        refusals.forEach((address, reason) -> {
            PortalClient.Page page = client.get(address);
            assertThat(page.status()).as(address).isEqualTo(400);
            assertThat(page.body()).as(address).contains(reason).doesNotContain("data-chart");
        });
    }

    private int disclosures() {
        return jdbc.sql("select count(*) from disclosure_record where subject_type = 'NATIONAL_TRENDS'")
                .query(Integer.class).single();
    }
}
