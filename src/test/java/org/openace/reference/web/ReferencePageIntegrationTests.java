package org.openace.reference.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference page: officers and administrators see what is loaded and look up HTS numbers; nobody else. */
@PortalTest
class ReferencePageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void samples() {
        TestReferenceData.loadSamples(context);
    }

    @Test
    void anOfficerSeesEachKindByEditionWithRowsDigestAndWhoLoadedIt() {
        PortalClient officer = PortalClient.signedIn(mvc, users.create("refofficer", Role.OFFICER));

        PortalClient.Page page = officer.get("/reference");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Reference data | OpenACE</title>")
                .contains("Harmonized Tariff Schedule (USITC JSON export)").contains("2025-sample")
                .contains("2025-01-01").contains("hts-2025-excerpt.json").contains(">70<")
                .contains("Ports (CBP Schedule D, CSV of its table)").contains("schedule-d-sample")
                .contains("fy2019-fy2026").contains("federal-holidays.csv");
        assertThat(page.body()).containsPattern("[0-9a-f]{64}");
    }

    @Test
    void anAdministratorLooksUpAnHtsNumberOnADateWithItsRatesAndHeadings() {
        PortalClient admin = PortalClient.signedIn(mvc, users.create("refadmin", Role.ADMINISTRATOR));

        PortalClient.Page page = admin.get("/reference?hts=0101.30.00.00&date=2025-06-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("0101.30.00.00 in edition 2025-sample on 2025-06-01").contains("Asses")
                .contains("Live horses, asses, mules and hinnies:").contains("6.8%").contains("15%");
    }

    @Test
    void aLookUpExplainsAWrongNumberAnUnknownOneAndADateBeforeAnyEdition() {
        PortalClient officer = PortalClient.signedIn(mvc, users.create("reflookup", Role.OFFICER));

        assertThat(officer.get("/reference?hts=01-30&date=2025-06-01").body())
                .contains("Enter an HTS number of 10 or 8 digits");
        assertThat(officer.get("/reference?hts=0101.30.00.00&date=yesterday").body())
                .contains("Enter the date as YYYY-MM-DD");
        assertThat(officer.get("/reference?hts=8471.30.01.00&date=2025-06-01").body())
                .contains("HTS number 8471.30.01.00 is not in edition 2025-sample, the edition in force on 2025-06-01.");
        assertThat(officer.get("/reference?hts=0101.30.00.00&date=2020-01-01").body())
                .contains("No edition of the tariff schedule is in force on 2020-01-01.");
    }

    @Test
    void aTradeUserIsRefused() {
        PortalClient trader = PortalClient.signedIn(mvc, users.create("reftrader", Role.TRADE));

        PortalClient.Page page = trader.get("/reference?hts=0101.30.00.00");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Asses");
    }

    @Test
    void aVisitorIsSentToSignIn() {
        PortalClient.Page page = new PortalClient(mvc).getNoFollow("/reference");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/sign-in");
    }
}
