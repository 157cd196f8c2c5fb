package org.openace.payment.option;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.PayerSubAccounts;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment options (issue 12, M1) through the pages, as an importer's owner, a second person of the account, a user
 * who may only view, another account's owner and a customs officer use them: refund bank details under dual control
 * (the same person cannot approve their own change; both people are e-mailed; the account number is sealed, kept as
 * its last four digits only, never on a page); ACH debit approved with a payer unit number, PMS enrollment only on an
 * active ACH debit and suspended or ended with it, ACH credit active only after its prenote; wrong input and moves
 * from the wrong state refused with their reason, nothing stored, audited.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=payments")
class PaymentOptionsIntegrationTests {

    static final String ACCOUNT_NUMBER = "000123456789";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PayerSubAccounts importers;

    PortalUser owner;
    PortalUser second;
    PortalUser viewer;
    OpenTradeAccount.Opened importer;
    UUID identifier;
    String page;
    PortalClient ownerBrowser;
    PortalClient secondBrowser;

    @BeforeEach
    void anImporterWithTwoPeopleWhoMayChangePayments() {
        owner = users.create("payown", Role.TRADE);
        importer = accounts.importer(owner, TestAccounts.ssn());
        second = users.create("paysec", Role.TRADE);
        accounts.member(importer, second, AccountRole.USER);
        accounts.right(importer, second, importer.subAccounts().getFirst(), AccountFunction.PAYMENTS, AccessLevel.EDIT);
        viewer = users.create("payview", Role.TRADE);
        accounts.member(importer, viewer, AccountRole.USER);
        accounts.right(importer, viewer, importer.subAccounts().getFirst(), AccountFunction.PAYMENTS, AccessLevel.VIEW);
        identifier = importers.whereUser(owner.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT).getFirst()
                .identifierId();
        page = "/payments/options/" + identifier;
        ownerBrowser = PortalClient.signedIn(mvc, owner);
        secondBrowser = PortalClient.signedIn(mvc, second);
    }

    @Test
    void refundBankDetailsChangeOnlyWhenASecondPersonApproves() throws Exception {
        ownerBrowser.get(page);
        PortalClient.Page asked = ownerBrowser.post(page + "/refund-bank", refundForm("021000021"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("takes effect when another person").contains("ending in 6789")
                .doesNotContain(ACCOUNT_NUMBER);
        UUID change = jdbc.sql("select id from refund_bank_detail where identifier_id = ? and status = 'PENDING'")
                .param(identifier).query(UUID.class).single();
        TestMailServer.awaitMessage(owner.email().value(), 0, "waiting for a second person");

        PortalClient.Page self = ownerBrowser.post(page + "/refund-bank/" + change + "/approve", Map.of());
        assertThat(self.body()).contains("needs a second person");
        assertThat(status(change)).isEqualTo("PENDING");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'REFUND_BANK_DETAILS_APPROVED' and outcome = 'DENIED'
                  and actor_id = ?
                """).param(owner.id().value()).query(Long.class).single()).isEqualTo(1);

        secondBrowser.get(page);
        PortalClient.Page approved = secondBrowser.post(page + "/refund-bank/" + change + "/approve", Map.of());
        assertThat(approved.body()).contains("refunds are now paid to the new details");
        assertThat(status(change)).isEqualTo("ACTIVE");
        assertThat(TestMailServer.body(TestMailServer.awaitMessage(owner.email().value(), 0, "change approved")))
                .contains("approved by").doesNotContain("6789").doesNotContain(ACCOUNT_NUMBER);
        TestMailServer.awaitMessage(second.email().value(), 0, "change approved");

        // the sealed account number holds none of its digits in the clear; only the last four are kept
        Map<String, Object> row = jdbc.sql("select * from refund_bank_detail where id = ?").param(change)
                .query().singleRow();
        assertThat(row.get("account_last4")).isEqualTo("6789");
        assertThat(new String((byte[]) row.get("account_cipher"), StandardCharsets.ISO_8859_1))
                .doesNotContain(ACCOUNT_NUMBER).doesNotContain("123456789");
        assertThat(jdbc.sql("select count(*) from refund_bank_detail r where cast(r as text) like ?")
                .param("%" + ACCOUNT_NUMBER + "%").query(Long.class).single()).isZero();

        // a second change: rejected, the active details stay; a third: withdrawn by its requester
        secondBrowser.post(page + "/refund-bank", refundForm("011000015"));
        UUID rejected = pending();
        PortalClient.Page byRequester = secondBrowser.post(page + "/refund-bank/" + rejected + "/reject", Map.of());
        assertThat(byRequester.body()).contains("needs a second person");
        ownerBrowser.get(page);
        ownerBrowser.post(page + "/refund-bank/" + rejected + "/reject", Map.of("note", "Not our bank"));
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(status(change)).isEqualTo("ACTIVE");
        ownerBrowser.post(page + "/refund-bank", refundForm("121000358"));
        UUID withdrawn = pending();
        assertThat(secondBrowser.post(page + "/refund-bank/" + withdrawn + "/withdraw", Map.of()).body())
                .contains("Only the person who asked");
        ownerBrowser.post(page + "/refund-bank/" + withdrawn + "/withdraw", Map.of());
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        PortalClient.Page history = ownerBrowser.get(page);
        assertThat(history.body()).contains("Not our bank").contains("Withdrawn").contains("Rejected").contains("Active")
                .doesNotContain(ACCOUNT_NUMBER);
    }

    @Test
    void wrongDetailsAreRefusedAtTheirFieldsAndNothingIsStored() {
        ownerBrowser.get(page);
        Map<String, String> form = new HashMap<>(refundForm("021000012"));
        form.put("accountNumberAgain", "000123456780");
        form.put("accountType", "BONDS");
        PortalClient.Page refused = ownerBrowser.post(page + "/refund-bank", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("fails its check digit").contains("The two account numbers differ")
                .contains("Choose checking or savings").doesNotContain(ACCOUNT_NUMBER);
        assertThat(jdbc.sql("select count(*) from refund_bank_detail where identifier_id = ?").param(identifier)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyThoseWhoMayChangeTheImportersPaymentsReachTheOptions() {
        PortalClient viewerBrowser = PortalClient.signedIn(mvc, viewer);
        assertThat(viewerBrowser.get(page).status()).isEqualTo(200);
        assertThat(viewerBrowser.get(page).body()).doesNotContain("Ask for this change");
        assertThat(viewerBrowser.post(page + "/refund-bank", refundForm("021000021")).status()).isEqualTo(404);

        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "paybrk");
        PortalClient brokerBrowser = PortalClient.signedIn(mvc, broker.owner());
        PortalClient.Page real = brokerBrowser.get(page);
        PortalClient.Page madeUp = brokerBrowser.get("/payments/options/" + UUID.randomUUID());
        assertThat(real.status()).isEqualTo(404);
        assertThat(real.body()).isEqualTo(madeUp.body());
        assertThat(brokerBrowser.get("/payments/options").body()).doesNotContain(identifier.toString());
        assertThat(brokerBrowser.post(page + "/ach-debit/apply", debitForm()).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from payment_option where identifier_id = ?").param(identifier)
                .query(Long.class).single()).isZero();
        assertThat(ownerBrowser.get("/officer/payment-options").status()).isEqualTo(403);
    }

    @Test
    void achDebitPmsAndAchCreditFollowTheirStates() {
        PortalClient officer = PortalClient.signedIn(mvc, users.create("payoff", Role.OFFICER));
        ownerBrowser.get(page);
        PortalClient.Page noDebit = ownerBrowser.post(page + "/pms/apply", Map.of("printDay", "9"));
        assertThat(noDebit.body()).contains("needs an active ACH debit");

        ownerBrowser.post(page + "/ach-debit/apply", debitForm());
        UUID debit = option("ACH_DEBIT");
        assertThat(optionStatus(debit)).isEqualTo("APPLIED");
        assertThat(ownerBrowser.post(page + "/ach-debit/apply", debitForm()).body()).contains("already has an ACH debit");
        officer.get("/officer/payment-options");
        assertThat(officer.post("/officer/payment-options/" + debit + "/prenote-received", Map.of()).body())
                .contains("cannot be moved");
        PortalClient.Page approved = officer.post("/officer/payment-options/" + debit + "/approve", Map.of());
        assertThat(approved.body()).contains("ACH debit: Active");
        String pun = jdbc.sql("select payer_unit_number from payment_option where id = ?").param(debit)
                .query(String.class).single();
        assertThat(pun).matches("[0-9]{6}");
        assertThat(ownerBrowser.get(page).body()).contains(pun).doesNotContain(ACCOUNT_NUMBER);

        ownerBrowser.post(page + "/pms/apply", Map.of("printDay", "9"));
        UUID pms = option("PMS");
        officer.get("/officer/payment-options");
        officer.post("/officer/payment-options/" + pms + "/approve", Map.of());
        assertThat(optionStatus(pms)).isEqualTo("ACTIVE");
        officer.post("/officer/payment-options/" + debit + "/suspend", Map.of("note", "Returned debit R01"));
        assertThat(optionStatus(debit)).isEqualTo("SUSPENDED");
        assertThat(optionStatus(pms)).as("PMS rests on the ACH debit").isEqualTo("SUSPENDED");
        assertThat(officer.post("/officer/payment-options/" + pms + "/reinstate", Map.of()).body())
                .contains("Reinstate the ACH debit");
        officer.post("/officer/payment-options/" + debit + "/reinstate", Map.of());
        officer.post("/officer/payment-options/" + pms + "/reinstate", Map.of());
        assertThat(optionStatus(pms)).isEqualTo("ACTIVE");

        ownerBrowser.post(page + "/ach-credit/apply", debitForm());
        UUID credit = option("ACH_CREDIT");
        officer.get("/officer/payment-options");
        officer.post("/officer/payment-options/" + credit + "/approve", Map.of());
        assertThat(optionStatus(credit)).isEqualTo("APPROVED");
        officer.post("/officer/payment-options/" + credit + "/prenote-received", Map.of());
        assertThat(optionStatus(credit)).isEqualTo("ACTIVE");

        ownerBrowser.get(page);
        ownerBrowser.post(page + "/options/" + debit + "/end", Map.of());
        assertThat(optionStatus(debit)).isEqualTo("ENDED");
        assertThat(optionStatus(pms)).isEqualTo("ENDED");
        assertThat(optionStatus(credit)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from payment_option_event where option_id = ?").param(pms)
                .query(Long.class).single()).isEqualTo(5);
        TestMailServer.awaitMessage(owner.email().value(), 0, "ACH debit: active");
    }

    private Map<String, String> refundForm(String routing) {
        return Map.of("accountHolder", "Importer Co", "routingNumber", routing, "accountType", "CHECKING",
                "accountNumber", ACCOUNT_NUMBER, "accountNumberAgain", ACCOUNT_NUMBER);
    }

    private Map<String, String> debitForm() {
        return Map.of("payerName", "Importer Co", "contactName", "Pat Payer", "contactPhone", "202-555-0147",
                "contactEmail", "payments@example.com", "routingNumber", "021000021", "accountType", "CHECKING",
                "accountNumber", ACCOUNT_NUMBER, "accountNumberAgain", ACCOUNT_NUMBER);
    }

    private String status(UUID change) {
        return jdbc.sql("select status from refund_bank_detail where id = ?").param(change).query(String.class).single();
    }

    private UUID pending() {
        return jdbc.sql("select id from refund_bank_detail where identifier_id = ? and status = 'PENDING'")
                .param(identifier).query(UUID.class).single();
    }

    private UUID option(String kind) {
        return jdbc.sql("select id from payment_option where identifier_id = ? and kind = ? and status <> 'ENDED'")
                .param(identifier).param(kind).query(UUID.class).single();
    }

    private String optionStatus(UUID id) {
        return jdbc.sql("select status from payment_option where id = ?").param(id).query(String.class).single();
    }
}
