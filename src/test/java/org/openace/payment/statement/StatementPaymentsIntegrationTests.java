package org.openace.payment.statement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.PortCode;
import org.openace.account.PayerSubAccounts;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.grant.GrantScope;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryFacts;
import org.openace.filing.EntryLiquidated;
import org.openace.filing.EntryNumber;
import org.openace.filing.Money;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Paying statements (issue 12, M3): a broker designated by an importer (a grant of payments) authorizes its daily
 * statement with the importer's ACH debit only when every entry on it is that importer's; customs records the payment
 * received only for the statement's total, on a working day; the statement and its entries are then paid, the entries
 * through the filing lifecycle. A liquidation at less than was paid owes a refund, held until a second person approves
 * refund bank details, then scheduled and recorded issued by customs; one at what was paid or more owes none. A
 * broker pays its own daily statements, whatever importers' entries they hold, with its own payer unit number (of its
 * filer code), and no other filer's. July 2026 is this class's: the other classes of the context prepare later days.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=payments")
class StatementPaymentsIntegrationTests {

    static final LocalDate MIXED_DAY = LocalDate.of(2026, 7, 14);
    static final LocalDate ONE_IMPORTER_DAY = LocalDate.of(2026, 7, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PayerSubAccounts importers;
    @Autowired
    PrepareDailyStatements prepare;
    @Autowired
    StatementPayments payments;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aDesignatedBrokerPaysWithTheImportersAchDebitOnlyItsStatementsAndCustomsRecordsTheTotal() {
        TestReferenceData.loadSamples(context);
        PortalUser importerOwner = users.create("stpimp", Role.TRADE);
        TaxIdentifier tax = TestAccounts.ein();
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "stpbrk");
        UUID identifier = importers.whereUser(importerOwner.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT)
                .getFirst().identifierId();
        file(broker, tax.value(), MIXED_DAY, "10000.00", "34.64");
        file(broker, FilingFixtures.DEMO_IMPORTER, MIXED_DAY, "20000.00", "69.28");
        EntryNumber own = file(broker, tax.value(), ONE_IMPORTER_DAY, "42000.00", "145.49");
        String mixed = statementOf(prepare.prepare(MIXED_DAY, AuditActor.SYSTEM), broker.filerCode());
        String single = statementOf(prepare.prepare(ONE_IMPORTER_DAY, AuditActor.SYSTEM), broker.filerCode());

        // the importer's ACH debit, approved by customs; the broker designated for payments by a grant
        PortalClient importerBrowser = PortalClient.signedIn(mvc, importerOwner);
        String optionsPage = "/payments/options/" + identifier;
        importerBrowser.get(optionsPage);
        importerBrowser.post(optionsPage + "/ach-debit/apply", Map.of("payerName", "Importer Co", "contactName",
                "Pat Payer", "contactPhone", "202-555-0147", "contactEmail", "payments@example.com", "routingNumber",
                "021000021", "accountType", "CHECKING", "accountNumber", "000123456789", "accountNumberAgain",
                "000123456789"));
        UUID debit = jdbc.sql("select id from payment_option where identifier_id = ? and kind = 'ACH_DEBIT'")
                .param(identifier).query(UUID.class).single();
        PortalClient officer = PortalClient.signedIn(mvc, users.create("stpoff", Role.OFFICER));
        officer.get("/officer/payment-options");
        officer.post("/officer/payment-options/" + debit + "/approve", Map.of());
        PortalClient brokerBrowser = PortalClient.signedIn(mvc, broker.owner());
        assertThat(brokerBrowser.get("/payments/statements/" + single).body())
                .as("no grant yet: the importer's option is not the broker's to use").doesNotContain("Authorize the payment");
        assertThat(brokerBrowser.post("/payments/statements/" + single + "/authorize",
                Map.of("optionId", debit.toString())).body()).contains("not one you may use");
        accounts.grant(importer, broker.account(), new GrantScope(importer.subAccounts().getFirst().id(),
                AccountFunction.PAYMENTS, AccessLevel.EDIT));

        PortalClient.Page mixedPage = brokerBrowser.get("/payments/statements/" + mixed);
        assertThat(mixedPage.body()).contains("entries of 2 importers").doesNotContain("Authorize the payment");
        assertThat(brokerBrowser.post("/payments/statements/" + mixed + "/authorize",
                Map.of("optionId", debit.toString())).body()).contains("pays only statements of that importer");
        assertThat(status(mixed)).isEqualTo("NP");

        PortalClient.Page singlePage = brokerBrowser.get("/payments/statements/" + single);
        assertThat(singlePage.body()).contains("Authorize the payment");
        PortalClient.Page authorized = brokerBrowser.post("/payments/statements/" + single + "/authorize",
                Map.of("optionId", debit.toString()));
        assertThat(authorized.body()).contains("authorized for its total");
        assertThat(status(single)).isEqualTo("AU");
        assertThat(brokerBrowser.post("/payments/statements/" + single + "/payment-received",
                Map.of("amount", "145.49", "receivedOn", "2026-07-16")).status()).as("customs only").isEqualTo(403);

        officer.get("/payments/statements/" + single);
        assertThat(officer.post("/payments/statements/" + single + "/payment-received",
                Map.of("amount", "145.48", "receivedOn", "2026-07-16")).body())
                .contains("is not the statement&#39;s total, 145.49");
        assertThat(officer.post("/payments/statements/" + single + "/payment-received",
                Map.of("amount", "145.49", "receivedOn", "2026-07-18")).body()).contains("on a working day");
        assertThat(status(single)).isEqualTo("AU");
        assertThat(entryStatus(own)).isEqualTo("ON_STATEMENT");
        PortalClient.Page paid = officer.post("/payments/statements/" + single + "/payment-received",
                Map.of("amount", "145.49", "receivedOn", "2026-07-16"));
        assertThat(paid.body()).contains("the statement and its entries are paid").contains("ACH debit, payer unit number");
        assertThat(status(single)).isEqualTo("PD");
        assertThat(entryStatus(own)).isEqualTo("PAID");
        assertThat(jdbc.sql("select count(*) from entry_history where entry_number = ? and kind = 'PAID'")
                .param(own.compact()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'STATEMENT_PAID' and outcome = 'DENIED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);

        // liquidated at less than paid: a refund, held while the importer has no refund bank details
        liquidate(own, "100.00", LocalDate.of(2026, 10, 2));
        liquidate(own, "100.00", LocalDate.of(2026, 10, 2)); // delivered twice: refunded once
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(refundStatus(own)).isEqualTo("HELD"));
        assertThat(jdbc.sql("select amount from refund where entry_number = ?").param(own.compact())
                .query(BigDecimal.class).single()).isEqualByComparingTo("45.49");
        assertThat(importerBrowser.get(optionsPage).body()).contains("Held: no refund bank details on file")
                .contains("45.49");
        PortalUser second = users.create("stpsec", Role.TRADE);
        accounts.member(importer, second, AccountRole.USER);
        accounts.right(importer, second, importer.subAccounts().getFirst(), AccountFunction.PAYMENTS, AccessLevel.EDIT);
        importerBrowser.get(optionsPage);
        importerBrowser.post(optionsPage + "/refund-bank", Map.of("accountHolder", "Importer Co", "routingNumber",
                "021000021", "accountType", "CHECKING", "accountNumber", "000123456789", "accountNumberAgain",
                "000123456789"));
        UUID change = jdbc.sql("select id from refund_bank_detail where identifier_id = ? and status = 'PENDING'")
                .param(identifier).query(UUID.class).single();
        assertThat(refundStatus(own)).as("not before a second person approves").isEqualTo("HELD");
        PortalClient secondBrowser = PortalClient.signedIn(mvc, second);
        secondBrowser.get(optionsPage);
        secondBrowser.post(optionsPage + "/refund-bank/" + change + "/approve", Map.of());
        assertThat(refundStatus(own)).isEqualTo("SCHEDULED");
        officer.get("/officer/payment-options");
        UUID refund = jdbc.sql("select id from refund where entry_number = ?").param(own.compact())
                .query(UUID.class).single();
        assertThat(officer.post("/officer/payment-options/refunds/" + refund + "/issue", Map.of()).body())
                .contains("recorded as issued");
        assertThat(refundStatus(own)).isEqualTo("ISSUED");
        assertThat(officer.post("/officer/payment-options/refunds/" + refund + "/issue", Map.of()).body())
                .contains("Only a scheduled refund is issued");

        // liquidated at what was paid, or more: no refund
        liquidate(own, "145.49", LocalDate.of(2026, 10, 9));
        liquidate(own, "200.00", LocalDate.of(2026, 10, 16));
        TestMailServer.awaitOutboxDelivered(jdbc);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from refund where entry_number = ?").param(own.compact())
                        .query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void anImporterEnrolledInPmsHasItsEntriesOnPeriodicDailyStatementsPaidOnceOnItsMonthlyStatement() {
        TestReferenceData.loadSamples(context);
        PortalUser importerOwner = users.create("pmsimp", Role.TRADE);
        TaxIdentifier tax = TestAccounts.ein();
        accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "pmsbrk");
        UUID identifier = importers.whereUser(importerOwner.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT)
                .getFirst().identifierId();
        PortalClient importerBrowser = PortalClient.signedIn(mvc, importerOwner);
        PortalClient officer = PortalClient.signedIn(mvc, users.create("pmsoff", Role.OFFICER));
        String optionsPage = "/payments/options/" + identifier;
        importerBrowser.get(optionsPage);
        importerBrowser.post(optionsPage + "/ach-debit/apply", Map.of("payerName", "Importer Co", "contactName",
                "Pat Payer", "contactPhone", "202-555-0147", "contactEmail", "payments@example.com", "routingNumber",
                "021000021", "accountType", "CHECKING", "accountNumber", "000123456789", "accountNumberAgain",
                "000123456789"));
        officer.get("/officer/payment-options");
        officer.post("/officer/payment-options/" + option(identifier, "ACH_DEBIT") + "/approve", Map.of());
        importerBrowser.post(optionsPage + "/pms/apply", Map.of("printDay", "5"));
        officer.post("/officer/payment-options/" + option(identifier, "PMS") + "/approve", Map.of());

        LocalDate first = LocalDate.of(2026, 6, 10);
        LocalDate second = LocalDate.of(2026, 6, 11);
        EntryNumber a = file(broker, tax.value(), first, "10000.00", "34.64");
        EntryNumber b = file(broker, tax.value(), second, "20000.00", "69.28");
        file(broker, FilingFixtures.DEMO_IMPORTER, first, "42000.00", "145.49");
        PrepareDailyStatements.Prepared day1 = prepare.prepare(first, AuditActor.SYSTEM);
        PrepareDailyStatements.Prepared day2 = prepare.prepare(second, AuditActor.SYSTEM);
        assertThat(kinds(day1, broker.filerCode())).containsExactlyInAnyOrder("PERIODIC_DAILY", "DAILY");
        assertThat(kinds(day2, broker.filerCode())).containsExactly("PERIODIC_DAILY");

        Map<String, Object> pms = jdbc.sql("""
                select * from statement where kind = 'PERIODIC_MONTHLY' and importer_identifier_id = ?
                """).param(identifier).query().singleRow();
        String monthly = (String) pms.get("statement_number");
        assertThat(monthly).matches("P2607[0-9]{6}");
        assertThat(pms.get("statement_date").toString()).isEqualTo("2026-07-01");
        assertThat(pms.get("preliminary_date").toString()).as("the 5th working day of July 2026").isEqualTo("2026-07-08");
        assertThat(pms.get("payment_due").toString()).as("the 15th working day of July 2026").isEqualTo("2026-07-22");
        assertThat(pms.get("entry_count")).isEqualTo(2);
        assertThat((BigDecimal) pms.get("total")).isEqualByComparingTo("103.92");
        assertThat(jdbc.sql("""
                select count(*) from statement_entry se join statement s using (statement_number)
                where s.monthly_statement_number = ? and se.entry_number in (?, ?)
                """).param(monthly).param(a.compact()).param(b.compact()).query(Long.class).single()).isEqualTo(2);

        PortalClient.Page page = importerBrowser.get("/payments/statements/" + monthly);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Periodic Monthly Statement " + monthly).contains("Periodic daily statements")
                .contains("103.92").contains("Authorize the payment");
        assertThat(importerBrowser.get("/payments/statements/" + monthly + "/reconciliation").body())
                .contains("The statement agrees with its entries");
        PortalClient brokerBrowser = PortalClient.signedIn(mvc, broker.owner());
        assertThat(brokerBrowser.get("/payments/statements/" + monthly).status()).as("the importer's, not the broker's")
                .isEqualTo(404);
        String daily = jdbc.sql("select statement_number from statement where monthly_statement_number = ? limit 1")
                .param(monthly).query(String.class).single();
        assertThat(brokerBrowser.get("/payments/statements/" + daily).body()).contains(monthly)
                .contains("Paid with its Periodic Monthly Statement");

        UUID debit = option(identifier, "ACH_DEBIT");
        importerBrowser.post("/payments/statements/" + monthly + "/authorize", Map.of("optionId", debit.toString()));
        assertThat(status(monthly)).isEqualTo("AU");
        assertThat(status(daily)).as("paid with its monthly statement, authorized with it").isEqualTo("AU");
        officer.get("/payments/statements/" + monthly);
        PortalClient.Page paid = officer.post("/payments/statements/" + monthly + "/payment-received",
                Map.of("amount", "103.92", "receivedOn", "2026-07-22"));
        assertThat(paid.body()).contains("the statement and its entries are paid");
        assertThat(status(monthly)).isEqualTo("PD");
        assertThat(status(daily)).isEqualTo("PD");
        assertThat(entryStatus(a)).isEqualTo("PAID");
        assertThat(entryStatus(b)).isEqualTo("PAID");
    }

    @Test
    void aBrokerPaysItsOwnDailyStatementsOfSeveralImportersWithItsOwnPayerUnitNumberAndNoOtherFilers() {
        TestReferenceData.loadSamples(context);
        TaxIdentifier tax = TestAccounts.ein();
        PortalUser importerOwner = users.create("ownimp", Role.TRADE);
        accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        UUID importerNumber = importers.whereUser(importerOwner.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT)
                .getFirst().identifierId();
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "ownbrk");
        FilingFixtures.Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "othbrk");
        LocalDate day = LocalDate.of(2026, 7, 21);
        LocalDate nextDay = LocalDate.of(2026, 7, 22);
        EntryNumber forImporter = file(broker, tax.value(), day, "10000.00", "34.64");
        EntryNumber forDemo = file(broker, FilingFixtures.DEMO_IMPORTER, day, "20000.00", "69.28");
        file(broker, tax.value(), nextDay, "42000.00", "145.49");
        String mixed = statementOf(prepare.prepare(day, AuditActor.SYSTEM), broker.filerCode());
        String later = statementOf(prepare.prepare(nextDay, AuditActor.SYSTEM), broker.filerCode());

        PayerSubAccounts.PayerNumberHeld filer = importers.whereUser(broker.owner().id(), AccountFunction.PAYMENTS,
                AccessLevel.EDIT).stream().filter(PayerSubAccounts.PayerNumberHeld::filerCode).findFirst().orElseThrow();
        assertThat(filer.display()).isEqualTo(broker.filerCode());
        // a right on one client's payments is not a right on the broker's own; one narrowed to the filer code is
        PortalUser clientClerk = users.create("ownclc", Role.TRADE);
        accounts.member(broker.account(), clientClerk, AccountRole.USER);
        accounts.right(broker.account(), clientClerk, broker.sub(), AccountFunction.PAYMENTS, AccessLevel.EDIT,
                importerNumber, null, PortCode.ALL_PORTS);
        assertThat(importers.whereUser(clientClerk.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT))
                .noneMatch(PayerSubAccounts.PayerNumberHeld::filerCode);
        assertThat(PortalClient.signedIn(mvc, clientClerk).get("/payments/options/" + filer.identifierId()).status())
                .isEqualTo(404);
        PortalUser filerClerk = users.create("ownflc", Role.TRADE);
        accounts.member(broker.account(), filerClerk, AccountRole.USER);
        accounts.right(broker.account(), filerClerk, broker.sub(), AccountFunction.PAYMENTS, AccessLevel.VIEW, null,
                filer.identifierId(), PortCode.ALL_PORTS);
        assertThat(PortalClient.signedIn(mvc, filerClerk).get("/payments/options/" + filer.identifierId()).body())
                .contains("Payment options of filer code " + broker.filerCode());
        PortalClient brokerBrowser = PortalClient.signedIn(mvc, broker.owner());
        assertThat(brokerBrowser.get("/payments/options").body()).contains("filer code " + broker.filerCode())
                .contains("Not needed: refunds go to importers");
        String optionsPage = "/payments/options/" + filer.identifierId();
        PortalClient.Page page = brokerBrowser.get(optionsPage);
        assertThat(page.body()).contains("Payment options of filer code " + broker.filerCode())
                .doesNotContain("ACH refund bank details").doesNotContain("Enroll in Periodic Monthly Statement");
        assertThat(brokerBrowser.post(optionsPage + "/pms/apply", Map.of("printDay", "5")).body())
                .contains("enrollment is per importer number");
        assertThat(brokerBrowser.post(optionsPage + "/refund-bank", Map.of("accountHolder", "Broker Co",
                "routingNumber", "021000021", "accountType", "CHECKING", "accountNumber", "000123456789",
                "accountNumberAgain", "000123456789")).body()).contains("not per filer code");
        assertThat(jdbc.sql("select count(*) from refund_bank_detail where identifier_id = ?")
                .param(filer.identifierId()).query(Long.class).single()).isZero();
        PortalClient officer = PortalClient.signedIn(mvc, users.create("ownoff", Role.OFFICER));
        UUID debit = achDebit(brokerBrowser, optionsPage, filer.identifierId(), officer);
        assertThat(jdbc.sql("select payer_kind from payment_option where id = ?").param(debit).query(String.class)
                .single()).isEqualTo("FILER_CODE");

        // another broker's own payer unit number is its own, not for this broker's statements
        PayerSubAccounts.PayerNumberHeld otherFiler = importers.whereUser(other.owner().id(),
                AccountFunction.PAYMENTS, AccessLevel.EDIT).getFirst();
        PortalClient otherBrowser = PortalClient.signedIn(mvc, other.owner());
        UUID otherDebit = achDebit(otherBrowser, "/payments/options/" + otherFiler.identifierId(),
                otherFiler.identifierId(), officer);
        assertThat(otherBrowser.get("/payments/statements/" + mixed).status()).isEqualTo(404);
        otherBrowser.get("/payments/options");
        assertThat(otherBrowser.post("/payments/statements/" + later + "/authorize",
                Map.of("optionId", otherDebit.toString())).status()).isEqualTo(404);
        assertThatThrownBy(() -> payments.authorize(later, otherDebit, other.owner().id(), "othbrk"))
                .as("even past the page").isInstanceOf(StatementRefused.class)
                .hasMessageContaining("only that filer's own daily statements");
        assertThat(status(later)).isEqualTo("NP");
        assertThat(jdbc.sql("select count(*) from statement_payment where statement_number in (?, ?)").param(mixed)
                .param(later).query(Long.class).single()).isZero();

        PortalClient.Page mixedPage = brokerBrowser.get("/payments/statements/" + mixed);
        assertThat(mixedPage.body()).contains("Authorize the payment").contains("(the filer&#39;s own)");
        assertThat(brokerBrowser.post("/payments/statements/" + mixed + "/authorize",
                Map.of("optionId", debit.toString())).body()).contains("authorized for its total");
        assertThat(status(mixed)).isEqualTo("AU");
        officer.get("/payments/statements/" + mixed);
        assertThat(officer.post("/payments/statements/" + mixed + "/payment-received",
                Map.of("amount", "103.92", "receivedOn", "2026-07-22")).body())
                .contains("the statement and its entries are paid");
        assertThat(status(mixed)).isEqualTo("PD");
        assertThat(entryStatus(forImporter)).isEqualTo("PAID");
        assertThat(entryStatus(forDemo)).isEqualTo("PAID");
        assertThat(jdbc.sql("select payer_unit_number from statement_payment where statement_number = ?").param(mixed)
                .query(String.class).single()).isEqualTo(jdbc.sql("select payer_unit_number from payment_option "
                        + "where id = ?").param(debit).query(String.class).single());
    }

    /** Applies for an ACH debit on an options page and has the officer approve it; the option's id. */
    private UUID achDebit(PortalClient browser, String optionsPage, UUID identifier, PortalClient officer) {
        browser.get(optionsPage);
        assertThat(browser.post(optionsPage + "/ach-debit/apply", Map.of("payerName", "Payer Co", "contactName",
                "Pat Payer", "contactPhone", "202-555-0147", "contactEmail", "payments@example.com", "routingNumber",
                "021000021", "accountType", "CHECKING", "accountNumber", "000123456789", "accountNumberAgain",
                "000123456789")).body()).contains("ACH debit");
        UUID debit = option(identifier, "ACH_DEBIT");
        officer.get("/officer/payment-options");
        officer.post("/officer/payment-options/" + debit + "/approve", Map.of());
        assertThat(jdbc.sql("select status from payment_option where id = ?").param(debit).query(String.class)
                .single()).isEqualTo("ACTIVE");
        return debit;
    }

    private UUID option(UUID identifier, String kind) {
        return jdbc.sql("select id from payment_option where identifier_id = ? and kind = ? and status <> 'ENDED'")
                .param(identifier).param(kind).query(UUID.class).single();
    }

    private List<String> kinds(PrepareDailyStatements.Prepared prepared, String filerCode) {
        return prepared.statements().stream().filter(s -> s.filerCode().equals(filerCode))
                .map(s -> jdbc.sql("select kind from statement where statement_number = ?").param(s.statementNumber())
                        .query(String.class).single()).toList();
    }

    private void liquidate(EntryNumber number, String amount, LocalDate on) {
        transaction.executeWithoutResult(status -> events.publishEvent(new EntryLiquidated(new EntryFacts(number,
                number.filerCode(), 1, new EntryTypeCode("01"), new PortCode("0101"), "masked"), on,
                Money.of(amount), on.plusDays(180))));
    }

    private String refundStatus(EntryNumber number) {
        return jdbc.sql("select status from refund where entry_number = ?").param(number.compact())
                .query(String.class).optional().orElse("NONE");
    }

    private EntryNumber file(FilingFixtures.Broker broker, String importer, LocalDate summaryDate, String value,
                             String mpf) {
        EntryNumber number = broker.nextEntryNumber();
        String json = FilingFixtures.summary(number, importer, value, mpf)
                .replace("2026-09-18", summaryDate.toString()).replace("2026-09-14", summaryDate.minusDays(3).toString())
                .replace("2026-09-12", summaryDate.minusDays(5).toString())
                .replace("2026-08-20", summaryDate.minusDays(30).toString());
        try {
            int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                    .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                    .content(json)).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(201);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return number;
    }

    private static String statementOf(PrepareDailyStatements.Prepared prepared, String filerCode) {
        return prepared.statements().stream().filter(s -> s.filerCode().equals(filerCode)).findFirst().orElseThrow()
                .statementNumber();
    }

    private String status(String statement) {
        return jdbc.sql("select status from statement where statement_number = ?").param(statement)
                .query(String.class).single();
    }

    private String entryStatus(EntryNumber number) {
        return jdbc.sql("select status from entry_summary where entry_number = ?").param(number.compact())
                .query(String.class).single();
    }
}
