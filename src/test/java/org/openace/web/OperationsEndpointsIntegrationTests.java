package org.openace.web;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** I4 and the headers of SECURITY.md: only health is public; metrics need the token or an administrator. */
@PortalTest
@TestPropertySource(properties = "openace.web.metrics-token=test-metrics-token-0123456789")
class OperationsEndpointsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private MockHttpServletResponse call(PortalClient client, String path, String authorization) {
        var request = get(path).accept("text/plain", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.exchange(request);
    }

    @Test
    void healthIsPublicAndSaysNothingMore() throws Exception {
        MockHttpServletResponse health = call(new PortalClient(mvc), "/actuator/health", null);

        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    @Test
    void metricsNeedTheTokenOrAnAdministrator() throws Exception {
        assertThat(call(new PortalClient(mvc), "/actuator/prometheus", null).getStatus()).isIn(401, 302);
        assertThat(call(new PortalClient(mvc), "/actuator/prometheus", "Bearer wrong-token-0123456789").getStatus())
                .isIn(401, 302);
        MockHttpServletResponse scraped = call(new PortalClient(mvc), "/actuator/prometheus",
                "Bearer test-metrics-token-0123456789");
        assertThat(scraped.getStatus()).isEqualTo(200);
        assertThat(scraped.getContentAsString()).contains("jvm_memory_used_bytes");

        PortalClient trade = new PortalClient(mvc);
        trade.signIn(users.create("metrics", Role.TRADE));
        assertThat(call(trade, "/actuator/prometheus", null).getStatus()).isEqualTo(403);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(users.create("metricsadmin", Role.ADMINISTRATOR));
        assertThat(call(admin, "/actuator/prometheus", null).getStatus()).isEqualTo(200);
    }

    @Test
    void tokenOpensNothingButMetrics() {
        assertThat(call(new PortalClient(mvc), "/actuator/env", "Bearer test-metrics-token-0123456789").getStatus())
                .isNotEqualTo(200);
        assertThat(call(new PortalClient(mvc), "/admin/users", "Bearer test-metrics-token-0123456789").getStatus())
                .isNotEqualTo(200);
    }

    @Test
    void httpsResponsesCarryStrictTransportSecurityForAYear() {
        MockHttpServletResponse response = new PortalClient(mvc).exchange(get("/sign-in").secure(true));

        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }
}
