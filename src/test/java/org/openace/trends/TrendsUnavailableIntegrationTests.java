package org.openace.trends;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** On a node without an analytics store (the test profile's default) the trends page says so, not a 500. */
@PortalTest
class TrendsUnavailableIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void whereTheNodeKeepsNoStoreThePageSaysReportsAreNotAvailableHere() {
        PortalClient.Page page = PortalClient.signedIn(mvc, users.create("trendsoff", Role.OFFICER)).get("/trends");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Reports are not available on this node");
    }

    @Test
    void aTradeUserCannotReachNationalTrends() {
        PortalClient.Page page = PortalClient.signedIn(mvc, users.create("trendstrade", Role.TRADE)).get("/trends");
        assertThat(page.status()).isEqualTo(403);
    }
}
