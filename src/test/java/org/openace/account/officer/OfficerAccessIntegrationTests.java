package org.openace.account.officer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' pages are for customs officers only: trade users get 403, visitors are sent to sign in. */
@PortalTest
class OfficerAccessIntegrationTests {

    private static final List<String> PAGES = List.of("/officer/applications", "/officer/applications/" + UUID.randomUUID(),
            "/officer/sub-accounts", "/officer/accounts", "/officer/accounts?q=acme", "/officer/accounts/" + UUID.randomUUID());
    private static final List<String> ACTIONS = List.of("/officer/applications/" + UUID.randomUUID() + "/approve",
            "/officer/applications/" + UUID.randomUUID() + "/return", "/officer/applications/" + UUID.randomUUID() + "/reveal",
            "/officer/sub-accounts/" + UUID.randomUUID() + "/approve", "/officer/sub-accounts/" + UUID.randomUUID() + "/reject",
            "/officer/accounts/" + UUID.randomUUID() + "/reveal");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void aTradeUserIsRefused() {
        PortalUser trader = users.create("notofficer", Role.TRADE);
        PortalClient client = new PortalClient(mvc);
        client.signIn(trader);

        for (String page : PAGES) {
            assertThat(client.get(page).status()).as(page).isEqualTo(403);
        }
        for (String action : ACTIONS) {
            client.get("/");
            assertThat(client.post(action, Map.of("reason", "Some reason to refuse it")).status()).as(action).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorIsNotAnOfficer() {
        PortalUser admin = users.create("adminnotofficer", Role.ADMINISTRATOR);
        PortalClient client = new PortalClient(mvc);
        client.signIn(admin);

        assertThat(client.get("/officer/applications").status()).isEqualTo(403);
    }

    @Test
    void aVisitorIsSentToSignIn() {
        PortalClient visitor = new PortalClient(mvc);

        for (String page : PAGES) {
            PortalClient.Page answer = visitor.getNoFollow(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.header("Location")).as(page).contains("/sign-in");
        }
        for (String action : ACTIONS) {
            visitor.get("/sign-in");
            PortalClient.Page answer = visitor.postNoFollow(action, Map.of());
            assertThat(answer.status()).as(action).isIn(302, 403);
        }
    }

    @Test
    void anOfficerGetsNotFoundForForgedOrUnknownIds() {
        PortalUser officer = users.create("idofficer", Role.OFFICER);
        PortalClient client = new PortalClient(mvc);
        client.signIn(officer);

        for (String page : List.of("/officer/applications/" + UUID.randomUUID(), "/officer/applications/not-a-uuid",
                "/officer/applications/00000000-0000-0000-0000-00000000000g", "/officer/accounts/" + UUID.randomUUID(),
                "/officer/accounts/1%27%20or%201=1")) {
            assertThat(client.get(page).status()).as(page).isEqualTo(404);
        }
        client.get("/officer/applications");
        assertThat(client.post("/officer/applications/" + UUID.randomUUID() + "/approve", Map.of()).status()).isEqualTo(404);
        client.get("/officer/sub-accounts");
        assertThat(client.post("/officer/sub-accounts/" + UUID.randomUUID() + "/approve", Map.of()).status()).isEqualTo(404);
        client.get("/officer/sub-accounts");
        assertThat(client.post("/officer/sub-accounts/x/reject", Map.of("reason", "Not a real sub-account")).status())
                .isEqualTo(404);
    }
}
