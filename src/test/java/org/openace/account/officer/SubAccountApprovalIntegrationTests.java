package org.openace.account.officer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.account.AccountRole;
import org.openace.account.BusinessActivity;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Officers approve or reject the broker, filer and carrier sub-accounts owners add; the owner is told. */
@PortalTest
class SubAccountApprovalIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SubAccounts subAccounts;
    @Autowired
    JdbcClient jdbc;

    private PortalClient officer() {
        PortalClient client = new PortalClient(mvc);
        client.signIn(users.create("subofficer", Role.OFFICER));
        return client;
    }

    private String outcome(String action, SubAccount sub) {
        return jdbc.sql("select outcome from audit_event where action = ? and object_id = ? order by seq desc limit 1")
                .param(action).param(sub.id().toString()).query(String.class).optional().orElse("none");
    }

    @Test
    void anOfficerApprovesAPendingSubAccountOnceAndTheOwnerIsTold() {
        PortalUser owner = users.create("subowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        SubAccount pending = accounts.pendingSubAccount(account, BusinessActivity.CARRIER);
        PortalClient officer = officer();

        PortalClient.Page list = officer.get("/officer/sub-accounts");
        assertThat(list.body()).contains(account.account().number(), "Carrier");
        int before = TestMailServer.messagesTo(owner.email().value()).size();

        PortalClient.Page approved = officer.post("/officer/sub-accounts/" + pending.id() + "/approve", Map.of());

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.path()).isEqualTo("/officer/sub-accounts");
        assertThat(approved.body()).contains("is approved", "The account owner was e-mailed");
        assertThat(subAccounts.find(pending.id()).orElseThrow().status()).isEqualTo(SubAccount.Status.ACTIVE);
        assertThat(outcome("SUB_ACCOUNT_APPROVED", pending)).isEqualTo("SUCCESS");
        assertThat(TestMailServer.subject(TestMailServer.awaitMessage(owner.email().value(), before + 1)))
                .contains("Sub-account approved", account.account().number());

        PortalClient.Page again = officer.post("/officer/sub-accounts/" + pending.id() + "/reject",
                Map.of("reason", "Too late to reject it now"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(subAccounts.find(pending.id()).orElseThrow().status()).isEqualTo(SubAccount.Status.ACTIVE);
    }

    @Test
    void aRejectionNeedsAReasonWhichTheOwnerReads() {
        PortalUser owner = users.create("rejowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.broker(owner);
        SubAccount pending = accounts.pendingSubAccount(account, BusinessActivity.FILER);
        PortalClient officer = officer();
        officer.get("/officer/sub-accounts");

        PortalClient.Page noReason = officer.post("/officer/sub-accounts/" + pending.id() + "/reject", Map.of("reason", "no"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("10 to 500 characters");
        assertThat(subAccounts.find(pending.id()).orElseThrow().status()).isEqualTo(SubAccount.Status.PENDING_APPROVAL);

        int before = TestMailServer.messagesTo(owner.email().value()).size();
        PortalClient.Page rejected = officer.post("/officer/sub-accounts/" + pending.id() + "/reject",
                Map.of("reason", "The filer code is not licensed to this company"));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("is rejected");
        SubAccount decided = subAccounts.find(pending.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(SubAccount.Status.REJECTED);
        assertThat(decided.decisionReason()).isEqualTo("The filer code is not licensed to this company");
        assertThat(outcome("SUB_ACCOUNT_REJECTED", pending)).isEqualTo("SUCCESS");
        assertThat(TestMailServer.body(TestMailServer.awaitMessage(owner.email().value(), before + 1)))
                .contains("not approved", "The filer code is not licensed to this company");
        assertThat(officer.get("/officer/sub-accounts").body()).doesNotContain(pending.id().toString());
    }

    @Test
    void anOfficerWhoIsAMemberOfTheAccountDoesNotDecide() {
        PortalUser owner = users.create("memowner", Role.TRADE);
        PortalUser officerUser = users.create("memofficer", Role.OFFICER, Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, officerUser, AccountRole.USER);
        SubAccount pending = accounts.pendingSubAccount(account, BusinessActivity.BROKER);
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(officerUser);
        officer.get("/officer/sub-accounts");

        PortalClient.Page refused = officer.post("/officer/sub-accounts/" + pending.id() + "/approve", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(subAccounts.find(pending.id()).orElseThrow().status()).isEqualTo(SubAccount.Status.PENDING_APPROVAL);
        assertThat(outcome("SUB_ACCOUNT_APPROVED", pending)).isEqualTo("DENIED");
    }
}
