package org.openace.payment.option;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.PayerSubAccounts;
import org.openace.account.core.OpenTradeAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: an importer's owner gives refund bank details and a second person of the account approves them;
 * the owner applies for ACH debit, a customs officer approves it with a payer unit number, the owner enrolls in
 * Periodic Monthly Statement and the officer approves that too. axe-core checks every page.
 */
@BrowserTest
@TestPropertySource(properties = "openace.test.context=payments-browser")
class PaymentOptionsBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PayerSubAccounts importers;

    @Test
    void refundDetailsWithASecondPersonThenAchDebitAndPms() {
        PortalUser owner = users.create("brwpayown", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner);
        PortalUser second = users.create("brwpaysec", Role.TRADE);
        accounts.member(importer, second, AccountRole.USER);
        accounts.right(importer, second, importer.subAccounts().getFirst(), AccountFunction.PAYMENTS, AccessLevel.EDIT);
        PortalUser officer = users.create("brwpayoff", Role.OFFICER);
        UUID identifier = importers.whereUser(owner.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT).getFirst()
                .identifierId();
        String page = "/payments/options/" + identifier;

        browser.signIn(owner);
        browser.open("/payments/options").waitForPath("/payments/options");
        assertThat(browser.heading()).isEqualTo("Payment options");
        browser.checkAccessible("payment-options");
        browser.click("a[href='" + page + "']").waitForPath(page);
        browser.type("#refund-accountHolder", "Importer Co").type("#refund-routingNumber", "021000021")
                .click("label[for='refund-checking']");
        browser.type("#refund-accountNumber", "000123456789").type("#refund-accountNumberAgain", "000123456789");
        browser.press("Ask for this change").waitForPath(page);
        assertThat(browser.find("#main-content").getText()).contains("A change waits for a second person",
                "ending in 6789").doesNotContain("000123456789");
        browser.checkAccessible("payment-option-pending");
        browser.signOut();

        browser.signIn(second);
        browser.open(page).waitForPath(page);
        browser.press("Approve the change").waitForPath(page);
        assertThat(browser.find("#main-content").getText()).contains("refunds are now paid to the new details");
        browser.signOut();

        browser.signIn(owner);
        browser.open(page).waitForPath(page);
        browser.type("#debit-payerName", "Importer Co").type("#debit-contactName", "Pat Payer")
                .type("#debit-contactPhone", "202-555-0147").type("#debit-contactEmail", "payments@example.com")
                .type("#debit-routingNumber", "021000021").type("#debit-accountNumber", "000123456789")
                .type("#debit-accountNumberAgain", "000123456789");
        browser.press("Apply for ACH debit").waitForPath(page);
        assertThat(browser.find("#main-content").getText()).contains("ACH debit: Applied");
        browser.checkAccessible("payment-option-applied");
        browser.signOut();

        browser.signIn(officer);
        browser.open("/officer/payment-options").waitForPath("/officer/payment-options");
        browser.checkAccessible("officer-payment-options");
        browser.press("Approve and assign a payer unit number").waitForPath("/officer/payment-options");
        assertThat(browser.find("#main-content").getText()).contains("ACH debit: Active");
        browser.signOut();

        browser.signIn(owner);
        browser.open(page).waitForPath(page);
        browser.choose("#printDay", "Working day 9");
        browser.press("Enroll in Periodic Monthly Statement").waitForPath(page);
        assertThat(browser.find("#main-content").getText()).contains("Periodic Monthly Statement: Applied",
                "Payer unit number");
        browser.signOut();

        browser.signIn(officer);
        browser.open("/officer/payment-options").waitForPath("/officer/payment-options");
        browser.press("Approve").waitForPath("/officer/payment-options");
        assertThat(browser.find("#main-content").getText()).contains("Periodic Monthly Statement: Active");
        browser.checkAccessible("officer-payment-options-in-force");

        browser.assertCheckedPagesAccessible();
    }
}
