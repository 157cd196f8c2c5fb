package org.openace.reports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.core.OpenTradeAccount;
import org.openace.analytics.AnalyticsReads;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
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
 * Standard report runs (X1, X3) end to end: a run asked for on its page is taken up in the background and its page
 * shows its progress, then its rows page by page. ES-003 holds exactly the rows a hand count expects, with ACE's
 * headers; each user's run holds only the rows their rights reach (broker, importer, another broker, officer); a
 * run is its owner's alone; prompts that cannot be used are refused with a message on the form, never run.
 */
@PortalTest
@org.springframework.context.annotation.Import(SlowReport.class)
@TestPropertySource(properties = {"openace.test.context=reports-runs", "openace.analytics.enabled=true",
        "openace.reports.results-directory=target/test-report-results/${random.uuid}"})
class ReportRunsIntegrationTests {

    private static final Pattern RUN = Pattern.compile("/reports/runs/([0-9a-f-]{36})");

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
    AnalyticsReads reads;
    @Autowired
    ReportRuns runs;

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    private record Importer(PortalUser owner, OpenTradeAccount.Opened account, String number) {
    }

    private Importer importer(String prefix) {
        PortalUser owner = users.create(prefix, Role.TRADE);
        TaxIdentifier ein = TestAccounts.ein();
        OpenTradeAccount.Opened account = accounts.importer(owner, ein);
        String number = TestAccounts.importerNumber(ein).value();
        TestReferenceData.importersOnFile(context, number);
        return new Importer(owner, account, number);
    }

    private EntryNumber file(Broker broker, String importer, String value) throws Exception {
        return ReportFixtures.file(mvc, broker, importer, value);
    }

    private void awaitInStore(EntryNumber number) throws Exception {
        ReportFixtures.awaitInStore(reads, number);
    }

    private static void await(String what, ReportFixtures.Condition condition) throws Exception {
        ReportFixtures.await(what, condition);
    }

    /** Asks for a run on the report's page and waits until it finished; answers the finished run. */
    private ReportRun run(PortalClient client, String code, Map<String, String> prompts) throws Exception {
        client.get("/reports/" + code);
        PortalClient.Page asked = client.postNoFollow("/reports/" + code + "/runs", prompts);
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        Matcher matcher = RUN.matcher(asked.header("Location"));
        assertThat(matcher.find()).isTrue();
        UUID id = UUID.fromString(matcher.group(1));
        await("run " + id + " finished", () -> runs.find(id).orElseThrow().finished());
        return runs.find(id).orElseThrow();
    }

    private static Map<String, String> september() {
        return Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2026-09-01", "to", "2026-09-30");
    }

    /** The entry numbers on every page of a finished run's rows. */
    private static List<String> entriesOn(PortalClient client, ReportRun run) {
        PortalClient.Page page = client.get("/reports/runs/" + run.id());
        assertThat(page.status()).isEqualTo(200);
        return PortalClient.all(page.body(), "<td>([A-Z0-9]{3}[0-9]{8})</td>").stream().distinct().sorted().toList();
    }

    @Test
    void es003HoldsOneRowPerTariffOrdinalWithAcesHeadersAndValuesAsFiled() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptes3");
        EntryNumber first = file(broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        EntryNumber second = file(broker, FilingFixtures.DEMO_IMPORTER, "12500.50");
        awaitInStore(second);
        awaitInStore(first);
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());

        ReportRun run = run(client, "ES-003", september());

        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.rowCount()).isEqualTo(2);
        PortalClient.Page page = client.get("/reports/runs/" + run.id());
        assertThat(PortalClient.all(page.body(), "<th scope=\"col\">([^<]+)</th>")).containsExactly(
                "Entry Summary Number", "Entry Summary Line Number", "Entry Type Code", "Importer Number",
                "Port of Entry Code", "Entry Date", "Entry Summary Date", "HTS Number - Full",
                "Tariff Ordinal Number", "Line Tariff Goods Value Amount", "Line Tariff Duty Amount",
                "Country of Origin Code", "Country of Export Code", "Line Tariff Quantity (1)",
                "Line Tariff UOM (1) Code");
        String display = jdbc.sql("select importer_display from entry_summary where entry_number = ?")
                .param(first.compact()).query(String.class).single();
        List<String> cells = PortalClient.all(page.body(), "<td>([^<]*)</td>");
        String firstRow = String.join("|", first.compact(), "1", "01", display, "0101", "09/14/2026", "09/18/2026",
                "9403200017", "1", "10,000.00", "0.00", "CN", "CN", "20", "NO");
        String secondRow = String.join("|", second.compact(), "1", "01", display, "0101", "09/14/2026", "09/18/2026",
                "9403200017", "1", "12,500.50", "0.00", "CN", "CN", "20", "NO");
        List<String> rows = List.of(String.join("|", cells.subList(0, 15)), String.join("|", cells.subList(15, 30)));
        assertThat(rows).containsExactlyInAnyOrder(firstRow, secondRow);
    }

    @Test
    void es003DownloadsHoldTheSameRowsAsCsvWithAcesHeaderAsXlsxOnMainReportAndAsPdf() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptdl");
        EntryNumber first = file(broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        EntryNumber second = file(broker, FilingFixtures.DEMO_IMPORTER, "12500.50");
        awaitInStore(first);
        awaitInStore(second);
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        ReportRun run = run(client, "ES-003", september());
        String base = "/reports/runs/" + run.id() + "/download/";
        assertThat(client.get("/reports/runs/" + run.id()).body()).contains(base + "csv").contains(base + "xlsx")
                .contains(base + "pdf");

        var csv = client.exchange(MockMvcRequestBuilders.get(base + "csv"));
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"ES-003-");
        List<String> lines = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Entry Summary Number,Entry Summary Line Number,Entry Type Code,"
                + "Importer Number,Port of Entry Code,Entry Date,Entry Summary Date,HTS Number - Full,"
                + "Tariff Ordinal Number,Line Tariff Goods Value Amount,Line Tariff Duty Amount,Country of Origin Code,"
                + "Country of Export Code,Line Tariff Quantity (1),Line Tariff UOM (1) Code");
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).anyMatch(line -> line.startsWith(first.compact() + ",1,01,")
                && line.contains(",09/14/2026,09/18/2026,9403200017,1,10000.00,0.00,CN,CN,20,NO"));

        var xlsx = client.exchange(MockMvcRequestBuilders.get(base + "xlsx"));
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = workbook.getSheet("Main Report");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("Line Tariff UOM (1) Code");
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            for (int i = 1; i <= 2; i++) {
                total = total.add(java.math.BigDecimal.valueOf(sheet.getRow(i).getCell(9).getNumericCellValue())
                        .setScale(2, java.math.RoundingMode.HALF_UP));
            }
            assertThat(total).isEqualByComparingTo("22500.50");
        }

        var pdf = client.exchange(MockMvcRequestBuilders.get(base + "pdf"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("ES-003 Entry Summary Line Tariff Details").contains(first.compact())
                    .contains(second.compact());
        }

        PortalClient stranger = PortalClient.signedIn(mvc, FilingFixtures.broker(mvc, users, accounts, jdbc,
                "rptdlx").owner());
        assertThat(stranger.exchange(MockMvcRequestBuilders.get(base + "csv")).getStatus()).isEqualTo(404);
        assertThat(client.exchange(MockMvcRequestBuilders.get(base + "exe")).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action = 'REPORT_DOWNLOADED'")
                .param(run.id().toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void eachUsersRunHoldsOnlyTheRowsTheirRightsReachAndOfficersSeeEveryAccount() throws Exception {
        Importer importer = importer("rptimp");
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptbrk");
        Broker other = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptoth");
        EntryNumber forImporter = file(broker, importer.number(), "11000.00");
        EntryNumber forDemo = file(broker, FilingFixtures.DEMO_IMPORTER, "12000.00");
        EntryNumber byOther = file(other, FilingFixtures.DEMO_IMPORTER, "13000.00");
        for (EntryNumber number : List.of(forImporter, forDemo, byOther)) {
            awaitInStore(number);
        }
        PortalUser officer = users.create("rptoff", Role.OFFICER);

        PortalClient brokerClient = PortalClient.signedIn(mvc, broker.owner());
        assertThat(entriesOn(brokerClient, run(brokerClient, "ES-003", september())))
                .containsExactlyInAnyOrder(forImporter.compact(), forDemo.compact());
        PortalClient importerClient = PortalClient.signedIn(mvc, importer.owner());
        assertThat(entriesOn(importerClient, run(importerClient, "ES-003", september())))
                .containsExactly(forImporter.compact());
        PortalClient otherClient = PortalClient.signedIn(mvc, other.owner());
        ReportRun othersRun = run(otherClient, "ES-001", september());
        assertThat(entriesOn(otherClient, othersRun)).containsExactly(byOther.compact());
        PortalClient officerClient = PortalClient.signedIn(mvc, officer);
        ReportRun officersRun = run(officerClient, "ES-001", Map.of("basis", "ENTRY_SUMMARY_DATE", "from",
                "2026-09-18", "to", "2026-09-18", "filerCode", broker.filerCode()));
        assertThat(officersRun.rowCount()).isEqualTo(2);

        assertThat(brokerClient.get("/reports/runs/" + othersRun.id()).status()).as("another user's run").isEqualTo(404);
        assertThat(brokerClient.get("/reports/runs/" + othersRun.id() + "/progress").status()).isEqualTo(404);
        assertThat(brokerClient.get("/reports/runs").body()).doesNotContain(othersRun.id().toString());
    }

    @Test
    void anImporterNumberPromptNarrowsTheRunAndIsNeverShownOrKeptInFull() throws Exception {
        Importer importer = importer("rptnum");
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptnbk");
        EntryNumber forImporter = file(broker, importer.number(), "11000.00");
        EntryNumber forDemo = file(broker, FilingFixtures.DEMO_IMPORTER, "12000.00");
        awaitInStore(forImporter);
        awaitInStore(forDemo);
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        Map<String, String> prompts = new java.util.HashMap<>(september());
        prompts.put("importer", importer.number());

        ReportRun run = run(client, "ES-002", prompts);

        assertThat(entriesOn(client, run)).containsExactly(forImporter.compact());
        String stored = jdbc.sql("select prompts::text from report_run where id = ?").param(run.id())
                .query(String.class).single();
        String digits = importer.number().replaceAll("[^0-9]", "");
        assertThat(stored).doesNotContain(importer.number()).doesNotContain(digits.substring(0, 9));
        assertThat(client.get("/reports/runs/" + run.id()).body()).doesNotContain(importer.number());
    }

    @Test
    void promptsThatCannotBeUsedAreRefusedOnTheFormAndNothingIsRun() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptbad");
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());
        client.get("/reports/ES-003");
        long before = jdbc.sql("select count(*) from report_run").query(Long.class).single();

        List<Map<String, String>> refused = List.of(
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2026-09-30", "to", "2026-09-01"),
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2001-01-01", "to", "2026-09-01"),
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "0001-01-01", "to", "0002-01-01"),
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2026-02-30", "to", "2026-09-01"),
                Map.of("basis", "DROP TABLE", "from", "2026-09-01", "to", "2026-09-30"),
                Map.of("basis", "LIQUIDATION_DATE", "from", "2026-09-01", "to", "2026-09-30"),
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2026-09-01", "to", "2026-09-30", "port",
                        "0101' or 1=1 --"),
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2026-09-01", "to", "2026-09-30", "hts",
                        "94%"),
                Map.of("basis", "ENTRY_SUMMARY_DATE", "from", "2026-09-01", "to", "2026-09-30", "importer",
                        "not a number"));
        for (Map<String, String> prompts : refused) {
            PortalClient.Page page = client.post("/reports/ES-003/runs", prompts);
            assertThat(page.status()).as(prompts.toString()).isEqualTo(400);
            assertThat(page.body()).as(prompts.toString()).contains("The report was not run");
        }

        assertThat(jdbc.sql("select count(*) from report_run").query(Long.class).single()).isEqualTo(before);
        assertThat(client.get("/reports/ES-999").status()).isEqualTo(404);
        assertThat(client.get("/reports/runs/not-a-run").status()).isEqualTo(404);
        assertThat(client.get("/reports/runs/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aTradeUserWithoutTheReportsRightAnywhereIsToldSoAndPartnerAgenciesHaveNoStandardReports() throws Exception {
        PortalUser nobody = users.create("rptnone", Role.TRADE);
        PortalClient client = PortalClient.signedIn(mvc, nobody);
        client.get("/reports/ES-003");
        PortalClient.Page page = client.post("/reports/ES-003/runs", september());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("reports right on no account");

        PortalClient agency = PortalClient.signedIn(mvc, users.create("rptpga", Role.PGA));
        assertThat(agency.get("/reports").status()).isEqualTo(403);
    }

    @Test
    void es701ListsAnEntryScheduledToLiquidateAsPendingOnItsLiquidationDate() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rpt701");
        EntryNumber scheduled = file(broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        EntryNumber notScheduled = file(broker, FilingFixtures.DEMO_IMPORTER, "12000.00");
        var officerUser = users.create("rpt701o", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officerUser.id().value()).update();
        PortalClient officer = PortalClient.signedIn(mvc, officerUser);
        tools.jackson.databind.JsonNode csrf = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                officer.exchange(MockMvcRequestBuilders.get("/api/v1/csrf")).getContentAsString());
        java.time.LocalDate friday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.FRIDAY));
        for (String move : List.of("extend:{\"reason\": \"Information requested\"}",
                "schedule-liquidation:{\"liquidationDate\": \"" + friday + "\"}")) {
            String[] parts = move.split(":", 2);
            var answer = officer.exchange(MockMvcRequestBuilders.post("/api/v1/entry-summaries/"
                            + scheduled.formatted() + "/actions/" + parts[0])
                    .header(csrf.path("headerName").asString(), csrf.path("token").asString())
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(parts[1]));
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        }
        await("the liquidation date in the store", () -> reads.read(c -> {
            try (var st = c.prepareStatement("select count(*) from es_summary where entry_number = ? "
                    + "and liquidation_date is not null")) {
                st.setString(1, scheduled.compact());
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) == 1;
                }
            }
        }));
        awaitInStore(notScheduled);
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());

        ReportRun run = run(client, "ES-701", Map.of("basis", "LIQUIDATION_DATE", "from", friday.toString(),
                "to", friday.toString()));

        assertThat(run.rowCount()).isEqualTo(1);
        List<String> cells = PortalClient.all(client.get("/reports/runs/" + run.id()).body(), "<td>([^<]*)</td>");
        String shownFriday = String.format("%02d/%02d/%d", friday.getMonthValue(), friday.getDayOfMonth(),
                friday.getYear());
        assertThat(cells).contains(scheduled.compact(), shownFriday, "Pending", "Scheduled", "10,000.00", "34.64")
                .doesNotContain(notScheduled.compact());
    }

    @Test
    void itracHoldsCbpsElementsWithTheUltimateConsigneeMasked() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptitr");
        EntryNumber number = file(broker, FilingFixtures.DEMO_IMPORTER, "10000.00");
        awaitInStore(number);
        PortalClient client = PortalClient.signedIn(mvc, broker.owner());

        ReportRun run = run(client, "ITRAC", Map.of("basis", "ENTRY_DATE", "from", "2026-09-14", "to", "2026-09-14",
                "filerCode", broker.filerCode()));

        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        PortalClient.Page page = client.get("/reports/runs/" + run.id());
        assertThat(PortalClient.all(page.body(), "<th scope=\"col\">([^<]+)</th>")).contains("Entry Number",
                "Port of Lading", "Port of Unlading", "Export Date", "Manuf. ID", "Related Party Status",
                "Est. Duty Rate", "Ultimate Consignee");
        List<String> cells = PortalClient.all(page.body(), "<td>([^<]*)</td>");
        assertThat(cells).contains(number.compact(), "08/20/2026", "CNSHAFAC123SHA", "N", "0101", "10,000.00");
    }

    @Test
    void aRunningRunIsCancelledOnItsPageWithinAHeartbeatAndKeepsNoRows() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "rptcnl");
        PortalUser owner = broker.owner();
        ReportRun run = SlowReport.request(context.getBean(org.openace.reports.run.RequestRun.class), owner);
        await("the slow run running", () -> runs.find(run.id()).orElseThrow().status() == RunStatus.RUNNING);
        PortalClient client = PortalClient.signedIn(mvc, owner);
        PortalClient.Page page = client.get("/reports/runs/" + run.id());
        assertThat(page.body()).contains("Cancel the run").contains("hx-get");

        PortalClient.Page after = client.post("/reports/runs/" + run.id() + "/cancel", Map.of());

        assertThat(after.status()).isEqualTo(200);
        await("the run cancelled", () -> runs.find(run.id()).orElseThrow().status() == RunStatus.CANCELLED);
        assertThat(client.get("/reports/runs/" + run.id()).body()).contains("Cancelled: no rows were kept.");
        java.nio.file.Path folder = context.getBean(ReportsProperties.class).resultsDirectory();
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(run.id().toString()));
        }
        assertThat(jdbc.sql("select action from audit_event where object_id = ? order by seq")
                .param(run.id().toString()).query(String.class).list())
                .containsExactly("REPORT_RUN_REQUESTED", "REPORT_RUN_CANCEL_ASKED", "REPORT_RUN_CANCELLED");
    }
}
