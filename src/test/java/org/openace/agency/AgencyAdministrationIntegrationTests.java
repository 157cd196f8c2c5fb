package org.openace.agency;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators record partner agencies, set what their agreements cover and assign partner agency users, one
 * agency per user; bad input is refused with the reason; every change is audited; other modules read the agreement.
 */
@PortalTest
class AgencyAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PartnerAgencies agencies;

    private int audited(String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = ? and outcome = ?").params(action, outcome)
                .query(Integer.class).single();
    }

    @Test
    void anAdministratorRecordsAnAgencyAndAssignsAPartnerAgencyUserWhoseAgreementOtherModulesRead() {
        PortalClient admin = PortalClient.signedIn(mvc, users.create("agencyadmin", Role.ADMINISTRATOR));
        PortalUser pga = users.create("agencypga", Role.PGA);
        int created = audited("AGENCY_CREATED", "SUCCESS");

        PortalClient.Page page = admin.post("/admin/agencies", Map.of("code", "fdx", "name", " Food Test Agency ",
                "hts", "04, 03, 0302; 16.04"));
        assertThat(page.path()).isEqualTo("/admin/agencies/FDX");
        assertThat(page.body()).contains("The agency FDX is recorded.", "03, 04, 1604");
        assertThat(audited("AGENCY_CREATED", "SUCCESS")).isEqualTo(created + 1);

        page = admin.post("/admin/agencies/FDX/members", Map.of("username", pga.username().value()));
        assertThat(page.body()).contains("now works for FDX");
        assertThat(agencies.agreementOf(pga.id())).hasValueSatisfying(agreement -> {
            assertThat(agreement.agencyCode()).isEqualTo("FDX");
            assertThat(agreement.agencyName()).isEqualTo("Food Test Agency");
            assertThat(agreement.htsPrefixes()).containsExactly("03", "04", "1604");
        });

        admin.post("/admin/agencies/FDX", Map.of("name", "Food Test Agency", "hts", "1604"));
        assertThat(agencies.agreementOf(pga.id()).orElseThrow().htsPrefixes()).containsExactly("1604");
        assertThat(jdbc.sql("select details->>'to' from audit_event where action = 'AGENCY_AGREEMENT_CHANGED' "
                + "order by seq desc limit 1").query(String.class).single()).isEqualTo("1604");

        String userId = pga.id().toString();
        admin.post("/admin/agencies/FDX/members/" + userId + "/remove", Map.of());
        assertThat(agencies.agreementOf(pga.id())).isEmpty();
        assertThat(audited("AGENCY_MEMBER_REMOVED", "SUCCESS")).isPositive();
    }

    @Test
    void badCodesHtsAndUsersAreRefusedWithTheReason() {
        PortalClient admin = PortalClient.signedIn(mvc, users.create("agencybad", Role.ADMINISTRATOR));
        PortalUser trade = users.create("agencytrade", Role.TRADE);
        PortalUser pga = users.create("agencytwice", Role.PGA);

        PortalClient.Page page = admin.post("/admin/agencies", Map.of("code", "X", "name", "", "hts", "3, 9403.20"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Enter the agency&#39;s code", "Enter the agency&#39;s name.",
                "&quot;3&quot; is not an HTS chapter");
        admin.post("/admin/agencies", Map.of("code", "AGA", "name", "Agency A", "hts", "01"));
        admin.post("/admin/agencies", Map.of("code", "AGB", "name", "Agency B", "hts", "02"));
        page = admin.post("/admin/agencies", Map.of("code", "AGA", "name", "Again", "hts", "03"));
        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("An agency with the code AGA is already recorded.");

        page = admin.post("/admin/agencies/AGA/members", Map.of("username", trade.username().value()));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("does not have the partner agency user role");
        admin.post("/admin/agencies/AGA/members", Map.of("username", pga.username().value()));
        page = admin.post("/admin/agencies/AGB/members", Map.of("username", pga.username().value()));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("works for AGA. Take them off AGA first");
        assertThat(audited("AGENCY_MEMBER_ASSIGNED", "DENIED")).isGreaterThanOrEqualTo(2);
        assertThat(admin.get("/admin/agencies/NOPE").status()).isEqualTo(404);
        assertThat(List.of(admin.get("/admin/agencies").body())).allSatisfy(body ->
                assertThat(body).contains("AGA", "Agency A", "AGB"));
    }

    @Test
    void onlyAdministratorsReachThePages() {
        PortalClient officer = PortalClient.signedIn(mvc, users.create("agencyofficer", Role.OFFICER));
        assertThat(officer.get("/admin/agencies").status()).isEqualTo(403);
    }
}
