package org.openace.payment.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.PayerSubAccounts;
import org.openace.analytics.AnalyticsReads;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
import org.openace.reports.ReportFixtures;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.ReportRuns;
import org.openace.reports.run.RunStatus;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement reports of the catalog (REV-101 to REV-104) read the statements from the analytics store, fed by the
 * statement change feed: a broker's daily and periodic daily statements and the entries on its daily statement; an
 * importer's Periodic Monthly Statement and the entries on its periodic daily statements, whose amounts add up to the
 * monthly statement's total to the cent; neither sees the other's statements; a payment authorized reaches the
 * reports' status. A context of its own (its own database), with the analytics store on.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=statement-reports", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/${random.uuid}"})
class StatementReportsIntegrationTests {

    private static final Pattern RUN = Pattern.compile("/reports/runs/([0-9a-f-]{36})");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 9);

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
    PayerSubAccounts payers;
    @Autowired
    PrepareDailyStatements prepare;
    @Autowired
    AnalyticsReads reads;
    @Autowired
    ReportRuns runs;

    @Test
    void revReportsListTheStatementsAndTheirEntriesEachToWhomItBelongsAndFollowPayments() throws Exception {
        TestReferenceData.loadSamples(context);
        PortalUser importerOwner = users.create("revimp", Role.TRADE);
        TaxIdentifier tax = TestAccounts.ein();
        accounts.importer(importerOwner, tax);
        TestReferenceData.importersOnFile(context, tax.value());
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "revbrk");
        UUID identifier = payers.whereUser(importerOwner.id(), AccountFunction.PAYMENTS, AccessLevel.EDIT)
                .getFirst().identifierId();
        PortalClient importer = PortalClient.signedIn(mvc, importerOwner);
        PortalClient officer = PortalClient.signedIn(mvc, users.create("revoff", Role.OFFICER));
        String optionsPage = "/payments/options/" + identifier;
        importer.get(optionsPage);
        importer.post(optionsPage + "/ach-debit/apply", Map.of("payerName", "Importer Co", "contactName",
                "Pat Payer", "contactPhone", "202-555-0147", "contactEmail", "payments@example.com", "routingNumber",
                "021000021", "accountType", "CHECKING", "accountNumber", "000123456789", "accountNumberAgain",
                "000123456789"));
        officer.get("/officer/payment-options");
        officer.post("/officer/payment-options/" + option(identifier, "ACH_DEBIT") + "/approve", Map.of());
        importer.post(optionsPage + "/pms/apply", Map.of("printDay", "11"));
        officer.post("/officer/payment-options/" + option(identifier, "PMS") + "/approve", Map.of());

        EntryNumber pms1 = file(broker, tax.value(), "10000.00", "34.64");
        EntryNumber pms2 = file(broker, tax.value(), "20000.00", "69.28");
        EntryNumber daily1 = file(broker, FilingFixtures.DEMO_IMPORTER, "42000.00", "145.49");
        EntryNumber daily2 = file(broker, FilingFixtures.DEMO_IMPORTER, "30000.00", "103.92");
        prepare.prepare(DAY, AuditActor.SYSTEM);
        String daily = jdbc.sql("select statement_number from statement where kind = 'DAILY' and filer_code = ?")
                .param(broker.filerCode()).query(String.class).single();
        String periodicDaily = jdbc.sql("select statement_number from statement where kind = 'PERIODIC_DAILY'")
                .query(String.class).single();
        String monthly = jdbc.sql("select statement_number from statement where kind = 'PERIODIC_MONTHLY'")
                .query(String.class).single();
        awaitStatus(monthly, "NP");
        awaitStatus(daily, "NP");
        // the entries as placed on their statements: each entry reaches the store first as filed, then again with
        // its statement number (two changes of the entry feed, which may be applied in two polls)
        awaitOnStatement(daily, 2);
        awaitOnStatement(periodicDaily, 2);
        PortalClient brokerBrowser = PortalClient.signedIn(mvc, broker.owner());
        Map<String, String> theDay = Map.of("basis", "STATEMENT_DATE", "from", DAY.toString(), "to",
                DAY.toString());
        Map<String, String> july = Map.of("basis", "MONTHLY_PAYMENT_DUE_DATE", "from", "2026-07-01", "to",
                "2026-07-31");

        // the broker: its daily and periodic daily statements, the entries on its daily statement
        ReportRun rev102 = run(brokerBrowser, "REV-102", theDay);
        assertThat(rev102.rowCount()).isEqualTo(2);
        List<String> cells = cells(brokerBrowser, rev102);
        assertThat(cells).contains(daily, periodicDaily, monthly, "Daily", "Periodic daily", "07/22/2026", "NP");
        ReportRun rev104 = run(brokerBrowser, "REV-104", theDay);
        assertThat(rev104.rowCount()).isEqualTo(2);
        assertThat(cells(brokerBrowser, rev104)).contains(daily, daily1.compact(), daily2.compact(), "145.49", "103.92")
                .doesNotContain(pms1.compact());
        assertThat(run(brokerBrowser, "REV-101", july).rowCount()).as("the importer's, not the broker's").isZero();

        // the importer: its monthly statement, the entries on its periodic daily statements, adding up
        ReportRun rev101 = run(importer, "REV-101", july);
        assertThat(rev101.rowCount()).isEqualTo(1);
        assertThat(cells(importer, rev101)).contains(monthly, "07/16/2026", "07/22/2026", "NP", "103.92");
        ReportRun rev103 = run(importer, "REV-103", july);
        assertThat(rev103.rowCount()).isEqualTo(2);
        List<String> entryCells = cells(importer, rev103);
        assertThat(entryCells).contains(monthly, periodicDaily, pms1.compact(), pms2.compact(), "34.64", "69.28")
                .doesNotContain(daily1.compact());
        assertThat(new BigDecimal("34.64").add(new BigDecimal("69.28"))).isEqualByComparingTo(jdbc.sql(
                "select total from statement where statement_number = ?").param(monthly).query(BigDecimal.class)
                .single());
        assertThat(run(importer, "REV-102", theDay).rowCount()).as("the filer's, not the importer's").isZero();
        assertThat(run(officer, "REV-102", theDay).rowCount()).as("customs sees every filer's").isEqualTo(2);

        // paying moves the status in the reports
        importer.get("/payments/statements/" + monthly);
        importer.post("/payments/statements/" + monthly + "/authorize",
                Map.of("optionId", option(identifier, "ACH_DEBIT").toString()));
        awaitStatus(monthly, "AU");
        awaitStatus(periodicDaily, "AU");
        assertThat(cells(importer, run(importer, "REV-101", july))).contains("AU", "ACH_DEBIT")
                .doesNotContain("NP");
        assertThat(cells(importer, run(importer, "REV-103", july))).contains("AU").doesNotContain("NP");
    }

    private void awaitOnStatement(String statement, int entries) throws Exception {
        ReportFixtures.await(entries + " entries on statement " + statement + " in the analytics store", () ->
                reads.read(c -> {
                    try (var s = c.prepareStatement("select count(*) from es_summary where statement_number = ?")) {
                        s.setString(1, statement);
                        try (var rs = s.executeQuery()) {
                            return rs.next() && rs.getLong(1) == entries;
                        }
                    }
                }));
    }

    private void awaitStatus(String statement, String status) throws Exception {
        ReportFixtures.await("statement " + statement + " " + status + " in the analytics store", () -> reads.read(
                c -> {
                    try (var s = c.prepareStatement("select status from st_statement where statement_number = ?")) {
                        s.setString(1, statement);
                        try (var rs = s.executeQuery()) {
                            return rs.next() && status.equals(rs.getString(1));
                        }
                    }
                }));
    }

    private ReportRun run(PortalClient client, String code, Map<String, String> prompts) throws Exception {
        client.get("/reports/" + code);
        PortalClient.Page asked = client.postNoFollow("/reports/" + code + "/runs", prompts);
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        Matcher matcher = RUN.matcher(asked.header("Location"));
        assertThat(matcher.find()).isTrue();
        UUID id = UUID.fromString(matcher.group(1));
        ReportFixtures.await("run " + id + " finished", () -> runs.find(id).orElseThrow().finished());
        ReportRun run = runs.find(id).orElseThrow();
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        return run;
    }

    private static List<String> cells(PortalClient client, ReportRun run) {
        return PortalClient.all(client.get("/reports/runs/" + run.id()).body(), "<td>([^<]*)</td>");
    }

    private UUID option(UUID identifier, String kind) {
        return jdbc.sql("select id from payment_option where identifier_id = ? and kind = ? and status <> 'ENDED'")
                .param(identifier).param(kind).query(UUID.class).single();
    }

    private EntryNumber file(FilingFixtures.Broker broker, String importer, String value, String mpf)
            throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        String json = FilingFixtures.summary(number, importer, value, mpf)
                .replace("2026-09-18", DAY.toString()).replace("2026-09-14", DAY.minusDays(3).toString())
                .replace("2026-09-12", DAY.minusDays(5).toString())
                .replace("2026-08-20", DAY.minusDays(30).toString());
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        return number;
    }
}
