package org.openace.account.officer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Officers find accounts by name or number and see them read-only; the tax identifier is revealed only with a reason. */
@PortalTest
class OfficerAccountSearchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TradeAccounts tradeAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerFindsAnAccountByNumberAndNameAndSeesItMasked() {
        PortalUser owner = users.create("searchowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        TaxIdentifier tax = tradeAccounts.openTaxIdentifier(account.account().id());
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(users.create("searchofficer", Role.OFFICER));

        PortalClient.Page byNumber = officer.get("/officer/accounts?q=" + account.account().number().toLowerCase());
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.body()).contains(account.account().number(), account.account().legalName());
        PortalClient.Page byName = officer.get("/officer/accounts?q="
                + account.account().legalName().replace(" ", "%20"));
        assertThat(byName.body()).contains(account.account().number());

        PortalClient.Page detail = officer.get("/officer/accounts/" + account.account().id());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains(tax.masked(), owner.username().value(), "Trade account owner", "Imports")
                .doesNotContain(tax.value());
    }

    @Test
    void theTaxIdentifierIsRevealedOnceForAStatedReasonAndAudited() {
        PortalUser owner = users.create("revealowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        TaxIdentifier tax = tradeAccounts.openTaxIdentifier(account.account().id());
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(users.create("revealofficer", Role.OFFICER));
        String path = "/officer/accounts/" + account.account().id();
        officer.get(path);

        PortalClient.Page noReason = officer.post(path + "/reveal", Map.of("reason", "", "note", "case 42"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Choose why you need to see the full number").doesNotContain(tax.value());

        PortalClient.Page revealed = officer.post(path + "/reveal", Map.of("reason", "VERIFY_IDENTITY", "note", "case 42"));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains(tax.value());
        assertThat(revealed.header("Cache-Control")).contains("no-store");
        assertThat(officer.get(path).body()).as("shown once").doesNotContain(tax.value());
        assertThat(jdbc.sql("""
                select details ->> 'reason' from audit_event where action = 'PERSONAL_DATA_REVEALED'
                and object_type = 'TRADE_ACCOUNT' and object_id = ? and outcome = 'SUCCESS'
                """).param(account.account().id().toString()).query(String.class).list()).containsExactly("VERIFY_IDENTITY");
    }

    @Test
    void aBadSearchIsAFieldError() {
        PortalClient officer = new PortalClient(mvc);
        officer.signIn(users.create("badsearch", Role.OFFICER));

        PortalClient.Page bad = officer.get("/officer/accounts?q=" + "x".repeat(101));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter up to 100");
        assertThat(officer.get("/officer/accounts?q=%00").status()).isEqualTo(400);
        assertThat(officer.get("/officer/accounts?q=100%25_").status()).isEqualTo(200);
    }
}
