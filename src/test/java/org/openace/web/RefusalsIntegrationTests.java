package org.openace.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, section 7: refusals found by trying the portal as an attacker would. A bad CSRF token on the API gets the
 * API's problem document with a {@code code} (pages keep the portal's page), every CSRF refusal is audited, and a
 * failed sign-in for an unknown user records the user ID that was tried.
 */
@PortalTest
class RefusalsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private long audited(String action, String path) {
        return jdbc.sql("select count(*) from audit_event where action = ? and details ->> 'path' = ?")
                .params(action, path).query(Long.class).single();
    }

    @Test
    void anApiPostWithAWrongCsrfTokenGetsAProblemDocumentWithACodeAndIsAudited() throws Exception {
        PortalUser user = users.create("csrfapi", Role.TRADE);
        PortalClient client = PortalClient.signedIn(mvc, user);
        String path = "/api/v1/accounts/" + UUID.randomUUID() + "/sub-accounts";

        MockHttpServletResponse response = client.exchange(MockMvcRequestBuilders.post(path)
                .header("X-XSRF-TOKEN", "not-the-token").contentType("application/json")
                .content("{\"activity\":\"IMPORTER\",\"name\":\"East\"}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"CSRF_TOKEN_INVALID\"")
                .contains("\"status\":403");
        assertThat(audited("CSRF_REFUSED", path)).isEqualTo(1);
    }

    @Test
    void aPagePostWithoutItsCsrfTokenGetsThePortalsPageAndIsAudited() {
        PortalUser user = users.create("csrfpage", Role.TRADE);
        PortalClient client = PortalClient.signedIn(mvc, user);

        PortalClient.Page page = client.post("/account/security/other", Map.of("_csrf", "not-the-token"));

        assertThat(page.status()).isEqualTo(403);
        // the 403 goes to the portal's error page (MockMvc does not render it), not to a problem document
        assertThat(page.response().getContentType()).isNull();
        assertThat(page.body()).isEmpty();
        assertThat(audited("CSRF_REFUSED", "/account/security/other")).isEqualTo(1);
    }

    @Test
    void aFailedSignInForAnUnknownUserRecordsTheUserIdTriedWithoutControlCharactersAndCapped() {
        String tried = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        PortalClient client = new PortalClient(mvc);
        client.get("/sign-in");

        client.post("/sign-in", Map.of("acknowledge", "yes", "username", tried + "\u0007\r\n" + "x".repeat(200),
                "password", TestUsers.PASSWORD));

        String recorded = jdbc.sql("select details ->> 'triedUserId' from audit_event where action = 'SIGN_IN_PASSWORD'"
                        + " and details ->> 'reason' = 'UNKNOWN_USER' and details ->> 'triedUserId' like ?")
                .param(tried + "%").query(String.class).single();
        assertThat(recorded).startsWith(tried + "x").hasSize(64).doesNotContain("\u0007", "\r", "\n");
    }
}
