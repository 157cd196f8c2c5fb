package org.openace.payment.statement;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryStatements;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.FilingFixtures;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.platform.AdminCommand;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Daily statements (issue 12, M2) on generated entries and on entries two brokers filed through the API, in a
 * database of their own (preparing a day's statements takes every filer's accepted entries up to it). The day's
 * statements take exactly the accepted entries dated up to it, moved by the filing module (status, statement number,
 * history); every level adds up to the cent (statement = sum of entries = sum of declared totals; each entry = its
 * lines and fee classes); the reconciliation agrees, and flags a difference planted on either side; the pages and the
 * CSV and XLSX downloads of every level carry the same sums; days that are not working days, and days to come, are
 * refused with nothing prepared; and each statement is seen only by those who may see its filer's payments.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=payments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsIntegrationTests {

    static final LocalDate GENERATED_FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate GENERATED_TO = LocalDate.of(2026, 9, 30);
    /** The brokers' entries are dated in August, before every generated one. */
    static final LocalDate BROKERS_DAY = LocalDate.of(2026, 8, 14);
    static final LocalDate MID_SEPTEMBER = LocalDate.of(2026, 9, 15);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    List<AdminCommand> commands;
    @Autowired
    PrepareDailyStatements prepare;
    @Autowired
    Statements statements;
    @Autowired
    StatementReconciliation reconciliation;
    @Autowired
    EntryStatements entries;

    FilingFixtures.Broker b;
    FilingFixtures.Broker q;
    List<EntryNumber> bEntries = new ArrayList<>();
    PrepareDailyStatements.Prepared brokersDay;
    PrepareDailyStatements.Prepared midSeptember;
    PrepareDailyStatements.Prepared endOfSeptember;
    long acceptedUpToMidSeptember;
    long acceptedInLateSeptember;
    PortalClient officer;

    @BeforeAll
    void fileAndPrepare() {
        TestReferenceData.loadSamples(context);
        TestReferenceData.importersOnFile(context);
        b = FilingFixtures.broker(mvc, users, accounts, jdbc, "stmtb");
        q = FilingFixtures.broker(mvc, users, accounts, jdbc, "stmtq");
        bEntries.add(file(b, "10000.00", "34.64"));
        bEntries.add(file(b, "250000.00", "651.50"));
        file(q, "42000.00", "145.49");
        AdminCommand generate = commands.stream().filter(c -> c.name().equals("generate-entries")).findFirst()
                .orElseThrow();
        int exit = generate.run(Map.of("entries", "400", "seed", "12", "from", GENERATED_FROM.toString(),
                "to", GENERATED_TO.toString()), new BufferedReader(new StringReader("")), System.out);
        assertThat(exit).isZero();
        acceptedUpToMidSeptember = accepted(GENERATED_FROM, MID_SEPTEMBER);
        acceptedInLateSeptember = accepted(MID_SEPTEMBER.plusDays(1), GENERATED_TO);
        brokersDay = prepare.prepare(BROKERS_DAY, AuditActor.SYSTEM);
        midSeptember = prepare.prepare(MID_SEPTEMBER, AuditActor.SYSTEM);
        endOfSeptember = prepare.prepare(GENERATED_TO, AuditActor.SYSTEM);
        officer = PortalClient.signedIn(mvc, users.create("stmtofficer", Role.OFFICER));
    }

    @Test
    void aDaysStatementsTakeExactlyTheAcceptedEntriesDatedUpToIt() {
        assertThat(acceptedUpToMidSeptember).isPositive();
        assertThat(acceptedInLateSeptember).isPositive();
        assertThat(brokersDay.entries()).isEqualTo(3);
        assertThat(brokersDay.statements()).extracting(s -> s.filerCode())
                .containsExactlyInAnyOrder(b.filerCode(), q.filerCode());
        assertThat(midSeptember.entries()).isEqualTo(acceptedUpToMidSeptember);
        assertThat(endOfSeptember.entries()).isEqualTo(acceptedInLateSeptember);
        assertThat(jdbc.sql("select count(*) from entry_summary where status = 'ACCEPTED' and summary_date <= ?")
                .param(java.sql.Date.valueOf(GENERATED_TO)).query(Long.class).single())
                .as("no accepted entry is left off a statement").isZero();
        // (July is StatementPaymentsIntegrationTests')
        assertThat(jdbc.sql("""
                select count(*) from entry_summary e join statement_entry se using (entry_number)
                where e.status = 'ON_STATEMENT' and e.statement_number = se.statement_number
                  and e.summary_date >= date '2026-08-01'
                """).query(Long.class).single()).isEqualTo(3 + acceptedUpToMidSeptember + acceptedInLateSeptember);
        assertThat(jdbc.sql("""
                select count(*) from entry_history h join entry_summary e using (entry_number)
                where h.kind = 'PLACED_ON_STATEMENT' and e.summary_date >= date '2026-08-01'
                """).query(Long.class).single()).isEqualTo(3 + acceptedUpToMidSeptember + acceptedInLateSeptember);
        // each statement holds one filer's entries dated up to its day
        assertThat(jdbc.sql("""
                select count(*) from statement s join statement_entry se using (statement_number)
                where se.summary_date > s.statement_date or substr(se.entry_number, 1, 3) <> s.filer_code
                """).query(Long.class).single()).isZero();
        assertThat(prepare.prepare(GENERATED_TO, AuditActor.SYSTEM).statements()).as("nothing left to place").isEmpty();
        List<String> prepared = new ArrayList<>();
        for (PrepareDailyStatements.Prepared day : List.of(brokersDay, midSeptember, endOfSeptember)) {
            day.statements().forEach(s -> prepared.add(s.statementNumber()));
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'STATEMENT_PREPARED' and outcome = 'SUCCESS'
                  and object_id in (:numbers)
                """).param("numbers", prepared).query(Long.class).single()).isEqualTo(prepared.size());
    }

    @Test
    void everyLevelAddsUpToTheCent() {
        assertThat(jdbc.sql("""
                select count(*) from statement s
                where (s.entry_count, s.duty, s.tax, s.fees, s.other, s.total) <>
                      (select count(*), sum(duty), sum(tax), sum(fees), sum(other), sum(total)
                       from statement_entry e where e.statement_number = s.statement_number)
                   or s.total <> s.duty + s.tax + s.fees + s.other
                """).query(Long.class).single()).as("statements whose amounts are not their entries' sums").isZero();
        assertThat(jdbc.sql("""
                select count(*) from statement_entry se join entry_summary e using (entry_number)
                where (se.duty, se.tax, se.fees, se.other) <> (e.duty, e.tax, e.fees, e.other)
                """).query(Long.class).single()).as("entries placed for other amounts than they declare").isZero();
        int broken = 0;
        int checked = 0;
        for (Statement statement : statements.list(new StatementAudience.Officer(), new Statements.Filter(BROKERS_DAY,
                null, null), 0, 1_000)) {
            StatementReconciliation.Result result = reconciliation.reconcile(statement);
            assertThat(result.differences()).as(statement.number()).isEmpty();
            assertThat(result.entriesCompared()).isEqualTo(statement.entryCount());
            Amounts sum = Amounts.ZERO;
            for (StatementEntry entry : statements.entries(statement.number(), null, 100_000)) {
                EntryBreakdown breakdown = EntryBreakdown.of(entry,
                        entries.find(EntryNumber.parse(entry.entryNumber())).orElseThrow().form());
                broken += breakdown.agrees() ? 0 : 1;
                checked++;
                assertThat(breakdown.lines().stream().map(EntryBreakdown.Line::duty).reduce(BigDecimal.ZERO,
                        BigDecimal::add)).isEqualByComparingTo(entry.amounts().duty());
                assertThat(breakdown.feeClassesTotal()).isEqualByComparingTo(entry.amounts().fees());
                sum = sum.plus(entry.amounts());
            }
            assertThat(sum).as(statement.number()).isEqualTo(statement.amounts());
        }
        assertThat(checked).isEqualTo(3 + acceptedUpToMidSeptember + acceptedInLateSeptember);
        assertThat(broken).as("entries whose lines or fee classes do not add up").isZero();
    }

    @Test
    void theReconciliationFlagsADifferencePlantedOnEitherSide() {
        Statement statement = statements.find(midSeptember.statements().getFirst().statementNumber()).orElseThrow();
        StatementEntry planted = statements.entries(statement.number(), null, 1).getFirst();
        try {
            jdbc.sql("update statement_entry set duty = duty + 0.01, total = total + 0.01 where entry_number = ?")
                    .param(planted.entryNumber()).update();
            StatementReconciliation.Result onStatement = reconciliation.reconcile(statement);
            assertThat(onStatement.agrees()).isFalse();
            assertThat(onStatement.differences()).extracting(StatementReconciliation.Difference::what)
                    .contains("The statement's amounts are not the sum of its entries'",
                            "The amounts differ from those the entry summary declares");
            StatementReconciliation.Difference entry = onStatement.differences().stream()
                    .filter(d -> planted.formatted().equals(d.entryNumber())).findFirst().orElseThrow();
            assertThat(entry.gap().total()).isEqualByComparingTo("0.01");
        }
        finally {
            jdbc.sql("update statement_entry set duty = duty - 0.01, total = total - 0.01 where entry_number = ?")
                    .param(planted.entryNumber()).update();
        }
        try {
            jdbc.sql("update entry_summary set statement_number = null where entry_number = ?")
                    .param(planted.entryNumber()).update();
            assertThat(reconciliation.reconcile(statement).differences())
                    .extracting(StatementReconciliation.Difference::what)
                    .containsExactly("Listed on the statement, but the entry summary is not on this statement");
        }
        finally {
            jdbc.sql("update entry_summary set statement_number = ? where entry_number = ?").param(statement.number())
                    .param(planted.entryNumber()).update();
        }
        assertThat(reconciliation.reconcile(statement).agrees()).isTrue();
        assertThat(officer.get("/payments/statements/" + statement.number() + "/reconciliation").body())
                .contains("The statement agrees with its entries");
    }

    @Test
    void daysThatAreNotWorkingDaysAndDaysToComeAreRefused() {
        long before = jdbc.sql("select count(*) from statement").query(Long.class).single();
        assertThatThrownBy(() -> prepare.prepare(LocalDate.of(2026, 9, 19), AuditActor.SYSTEM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("not a working day");
        assertThatThrownBy(() -> prepare.prepare(LocalDate.of(2026, 9, 7), AuditActor.SYSTEM))
                .as("Labor Day").isInstanceOf(StatementRefused.class).hasMessageContaining("federal holiday");
        assertThatThrownBy(() -> prepare.prepare(accounts.today().plusDays(3), AuditActor.SYSTEM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("today or an earlier day");
        assertThat(jdbc.sql("select count(*) from statement").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'STATEMENT_PREPARED' and outcome = 'DENIED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePagesAndDownloadsOfEveryLevelCarryTheSameSums() throws Exception {
        Statement statement = statements.find(midSeptember.statements().getFirst().statementNumber()).orElseThrow();
        String base = "/payments/statements/" + statement.number();
        PortalClient.Page list = officer.get("/payments/statements?from=2026-09-15&to=2026-09-15");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(statement.number());
        PortalClient.Page page = officer.get(base);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(statement.number()).contains(money(statement.amounts().total()));

        String csv = download(base + "/export/csv");
        List<String[]> rows = csv(csv);
        assertThat(rows.getFirst()).containsExactlyElementsOf(StatementController.ENTRY_COLUMNS);
        assertThat(rows).hasSize(statement.entryCount() + 1);
        assertThat(sum(rows, StatementController.ENTRY_COLUMNS.indexOf("Total")))
                .isEqualByComparingTo(statement.amounts().total());

        byte[] xlsx = downloadBytes(base + "/export/xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Entries");
            BigDecimal total = BigDecimal.ZERO;
            int column = StatementController.ENTRY_COLUMNS.indexOf("Total");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    total = total.add(BigDecimal.valueOf(row.getCell(column).getNumericCellValue()));
                }
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(statement.entryCount());
            assertThat(total.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(statement.amounts().total());
        }

        StatementEntry entry = statements.entries(statement.number(), null, 1).getFirst();
        PortalClient.Page entryPage = officer.get(base + "/entries/" + entry.formatted());
        assertThat(entryPage.status()).isEqualTo(200);
        assertThat(entryPage.body()).contains("agree to the cent").contains(money(entry.amounts().total()));
        List<String[]> lines = csv(download(base + "/entries/" + entry.formatted() + "/lines/export/csv"));
        assertThat(sum(lines, StatementController.LINE_COLUMNS.indexOf("Duty")))
                .isEqualByComparingTo(entry.amounts().duty());
        List<String[]> fees = csv(download(base + "/entries/" + entry.formatted() + "/fee-classes/export/csv"));
        assertThat(sum(fees, StatementController.FEE_COLUMNS.indexOf("Summary Amount")))
                .isEqualByComparingTo(entry.amounts().fees());

        assertThat(officer.get("/payments/statements/NOSUCH000001").status()).isEqualTo(404);
        assertThat(officer.get(base + "/entries/" + bEntries.getFirst().formatted()).status())
                .as("an entry that is not on this statement").isEqualTo(404);
        assertThat(officer.get(base + "/export/pdf").status()).isEqualTo(404);
        PortalClient.Page badFilter = officer.get("/payments/statements?from=15/09/2026&status=XX");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body()).contains("Give the date as YYYY-MM-DD").contains("Choose a status from the list");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'STATEMENT_DOWNLOADED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aStatementIsSeenOnlyByThoseWhoMaySeeItsFilersPayments() {
        String bStatement = brokersDay.statements().stream().filter(s -> s.filerCode().equals(b.filerCode()))
                .findFirst().orElseThrow().statementNumber();
        String qStatement = brokersDay.statements().stream().filter(s -> s.filerCode().equals(q.filerCode()))
                .findFirst().orElseThrow().statementNumber();
        PortalClient bOwner = PortalClient.signedIn(mvc, b.owner());
        PortalClient qOwner = PortalClient.signedIn(mvc, q.owner());
        PortalUser clerk = users.create("stmtclerk", Role.TRADE);
        accounts.member(b.account(), clerk, AccountRole.USER);
        accounts.right(b.account(), clerk, b.sub(), AccountFunction.ENTRIES, AccessLevel.EDIT);
        PortalClient bClerk = PortalClient.signedIn(mvc, clerk);
        PortalUser payer = users.create("stmtpayer", Role.TRADE);
        accounts.member(b.account(), payer, AccountRole.USER);
        accounts.right(b.account(), payer, b.sub(), AccountFunction.PAYMENTS, AccessLevel.VIEW);
        PortalClient bPayer = PortalClient.signedIn(mvc, payer);

        for (PortalClient allowed : List.of(bOwner, bPayer, officer)) {
            assertThat(allowed.get("/payments/statements").body()).contains(bStatement);
            assertThat(allowed.get("/payments/statements/" + bStatement).status()).isEqualTo(200);
            assertThat(allowed.get("/payments/statements/" + bStatement + "/entries/" + bEntries.getFirst().formatted())
                    .status()).isEqualTo(200);
            assertThat(allowed.exchange(MockMvcRequestBuilders.get("/payments/statements/" + bStatement
                    + "/export/csv")).getStatus()).isEqualTo(200);
        }
        for (PortalClient refused : List.of(qOwner, bClerk)) {
            assertThat(refused.get("/payments/statements").body()).doesNotContain(bStatement);
            String madeUp = b.filerCode() + "260814999";
            for (String path : List.of("", "/reconciliation", "/export/csv",
                    "/entries/" + bEntries.getFirst().formatted(),
                    "/entries/" + bEntries.getFirst().formatted() + "/lines/export/xlsx")) {
                PortalClient.Page real = refused.get("/payments/statements/" + bStatement + path);
                PortalClient.Page none = refused.get("/payments/statements/" + madeUp + path);
                assertThat(real.status()).as(path).isEqualTo(404);
                assertThat(real.body()).as("answered as if it did not exist").isEqualTo(none.body());
            }
        }
        assertThat(qOwner.get("/payments/statements").body()).contains(qStatement);
        assertThat(bOwner.get("/payments/statements").body()).doesNotContain(qStatement);
    }

    private EntryNumber file(FilingFixtures.Broker broker, String value, String mpf) {
        EntryNumber number = broker.nextEntryNumber();
        String json = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER, value, mpf)
                .replace("2026-09-18", BROKERS_DAY.toString()).replace("2026-09-14", "2026-08-11")
                .replace("2026-09-12", "2026-08-09").replace("2026-08-20", "2026-07-20");
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                    .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                    .content(json)).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return number;
    }

    private long accepted(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from entry_summary where status = ? and summary_date between ? and ?")
                .param(EntrySummaryStatus.ACCEPTED.name()).param(java.sql.Date.valueOf(from))
                .param(java.sql.Date.valueOf(to)).query(Long.class).single();
    }

    private String download(String path) throws Exception {
        return new String(downloadBytes(path), StandardCharsets.UTF_8);
    }

    private byte[] downloadBytes(String path) {
        MockHttpServletResponse response = officer.exchange(MockMvcRequestBuilders.get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        return response.getContentAsByteArray();
    }

    /** CSV rows; amounts never hold commas or quotes, so a plain split reads the columns summed here. */
    private static List<String[]> csv(String text) {
        return text.lines().map(line -> line.split(",", -1)).toList();
    }

    private static BigDecimal sum(List<String[]> rows, int column) {
        return rows.stream().skip(1).map(r -> new BigDecimal(r[column])).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String money(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }
}
