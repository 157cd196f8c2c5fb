package org.openace.compliance;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.PortCode;
import org.openace.account.grant.GrantScope;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance view and daily operations (issue 11, R2 and R3) over real moves: a broker files five entries for an
 * importer; an officer rejects one, holds one, schedules one to liquidate on a Friday within 30 days, issues a Form 28
 * on one (made overdue) and the importer's AD/CVD line is in a corrected version of another. The importer's owner sees
 * each figure, and each tile's list holds exactly the entries counted; a member near the 45-day limit is listed to
 * the owner; the day's figures are kept as a snapshot and charted. A member without rights and another broker see
 * zeros: no figure crosses an account.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceViewIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DailyComplianceSnapshot nightly;
    @Autowired
    ComplianceProperties properties;

    TaxIdentifier ein;
    Broker filer;
    Broker otherBroker;
    PortalUser importerOwner;
    PortalUser idleMember;
    PortalUser noRights;
    OpenTradeAccount.Opened importer;
    PortalClient owner;
    PortalClient officer;
    PortalClient rightless;
    PortalClient stranger;
    String csrfHeader;
    String csrfToken;

    EntryNumber rejected;
    EntryNumber held;
    EntryNumber liquidating;
    EntryNumber reviewed;
    EntryNumber adCvd;
    String action;
    LocalDate friday;

    @BeforeAll
    void entriesInEveryState() throws Exception {
        TestReferenceData.loadSamples(context);
        ein = TestAccounts.ein();
        TestReferenceData.importersOnFile(context, ein.value());
        importerOwner = users.create("cmpowner", Role.TRADE);
        importer = accounts.importer(importerOwner, ein);
        idleMember = users.create("cmpidle", Role.TRADE);
        noRights = users.create("cmpnorights", Role.TRADE);
        accounts.member(importer, idleMember, AccountRole.USER);
        accounts.member(importer, noRights, AccountRole.USER);
        accounts.right(importer, idleMember, importer.subAccounts().getFirst(), AccountFunction.ENTRIES, AccessLevel.VIEW);
        filer = FilingFixtures.broker(mvc, users, accounts, jdbc, "cmpfiler");
        otherBroker = FilingFixtures.broker(mvc, users, accounts, jdbc, "cmpother");
        PortalUser officerUser = users.create("cmpofficer", Role.OFFICER);
        jdbc.sql("insert into officer_port (user_id, port) values (?, '0101')").param(officerUser.id().value()).update();

        owner = PortalClient.signedIn(mvc, importerOwner);
        officer = PortalClient.signedIn(mvc, officerUser);
        rightless = PortalClient.signedIn(mvc, noRights);
        stranger = PortalClient.signedIn(mvc, otherBroker.owner());
        JsonNode csrf = JSON.readTree(officer.exchange(MockMvcRequestBuilders.get("/api/v1/csrf"))
                .getContentAsString(StandardCharsets.UTF_8));
        csrfHeader = csrf.path("headerName").asString();
        csrfToken = csrf.path("token").asString();

        rejected = file();
        held = file();
        liquidating = file();
        reviewed = file();
        adCvd = file();
        move(rejected, "reject", "{\"reasons\": [\"Value does not match the invoice\"]}");
        move(held, "hold", "{\"authority\": \"CBP\", \"reason\": \"X-ray examination\"}");
        move(liquidating, "extend", "{\"reason\": \"Information requested from the importer\"}");
        friday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        move(liquidating, "schedule-liquidation", "{\"liquidationDate\": \"" + friday + "\"}");
        PortalClient.Page issued = officer.post("/officer/entries/" + reviewed.formatted() + "/forms/cf28",
                Map.of("subject", "VALUE", "body", "Send the commercial invoice."));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        action = jdbc.sql("select action_number from cbp_form where entry_number = ?").param(reviewed.compact())
                .query(String.class).single();
        // the answer was due yesterday (the clock of a real form's 30 days is not moved here: the count is tested)
        jdbc.sql("update cbp_form set due_on = ? where action_number = ?")
                .param(LocalDate.now(ZoneOffset.UTC).minusDays(1)).param(action).update();
        // a corrected version with an AD/CVD case on its line: the trigger of V5_9_5 keeps the line outside the JSON
        correctWithAdCvdLine(adCvd,
                "{\"caseNumber\": \"A-570-900-000\", \"ratePercent\": \"25.00\", \"deposit\": \"2500.00\"}");
        // the idle member last signed in 40 days ago: disabled in 5 days unless they sign in
        jdbc.sql("update app_user set inactivity_from = now() - interval '40 days' where id = ?")
                .param(idleMember.id().value()).update();
    }

    @Test
    void theOwnerSeesEachFigureAndEachTileListsExactlyWhatItCounts() {
        PortalClient.Page page = owner.get("/compliance");
        assertThat(page.status()).isEqualTo(200);
        assertThat(tile(page, "tile-forms-overdue")).isEqualTo("1");
        assertThat(tile(page, "tile-forms-due")).isEqualTo("0");
        assertThat(tile(page, "tile-rejected")).isEqualTo("1");
        assertThat(tile(page, "tile-held")).isEqualTo("1");
        assertThat(tile(page, "tile-liquidating")).isEqualTo("1");
        assertThat(tile(page, "tile-protests")).isEqualTo("0");
        assertThat(page.body()).contains("A-570-900-000", "2,500.00", "10,000.00");
        assertThat(page.body()).contains("id=\"members-near-inactivity\"", idleMember.displayName());
        assertThat(page.body()).contains("id=\"compliance-over-time\"");

        assertThat(owner.get("/reviews?show=overdue").body()).contains(action);
        assertThat(owner.get("/reviews?show=due-soon").body()).doesNotContain(action);
        assertThat(entriesIn(owner.get("/entries?status=REJECTED").body())).containsExactly(rejected.formatted());
        assertThat(entriesIn(owner.get("/entries?releaseStatus=HELD").body())).containsExactly(held.formatted());
        String liquidatingList = PortalClient.all(page.body(), "href=\"(/entries\\?status=LIQUIDATION_SCHEDULED[^\"]*)\"")
                .getFirst().replace("&amp;", "&");
        assertThat(liquidatingList).contains("liquidatingBefore=" + LocalDate.now(ZoneOffset.UTC).plusDays(31));
        assertThat(entriesIn(owner.get(liquidatingList).body())).containsExactly(liquidating.formatted());

        // the day's figures are kept for the chart
        assertThat(jdbc.sql("select rejected || ' ' || held || ' ' || liquidating || ' ' || forms_overdue || ' ' "
                        + "|| adcvd_deposits || ' ' || members_near_inactivity from compliance_snapshot "
                        + "where user_id = ? and day = ?").param(importerOwner.id().value())
                .param(LocalDate.now(ZoneOffset.UTC))
                .query(String.class).single()).isEqualTo("1 1 1 1 2500.00 1");
    }

    @Test
    void aMemberWithoutRightsAndAnotherBrokerSeeNothingOfTheAccount() {
        for (PortalClient outsider : new PortalClient[] {rightless, stranger}) {
            PortalClient.Page page = outsider.get("/compliance");
            assertThat(page.status()).isEqualTo(200);
            for (String tile : new String[] {"tile-forms-overdue", "tile-rejected", "tile-held", "tile-liquidating"}) {
                assertThat(tile(page, tile)).as(tile).isEqualTo("0");
            }
            assertThat(page.body()).doesNotContain("A-570-900-000").doesNotContain(idleMember.displayName())
                    .contains("id=\"members-none\"");
        }
    }

    @Test
    void theFilingBrokerSeesTheEntriesItFiledButNotTheImportersForms() {
        PortalClient broker = PortalClient.signedIn(mvc, filer.owner());
        PortalClient.Page page = broker.get("/compliance");
        assertThat(tile(page, "tile-rejected")).isEqualTo("1");
        assertThat(tile(page, "tile-held")).isEqualTo("1");
        assertThat(tile(page, "tile-forms-overdue")).as("no courtesy copy designated").isEqualTo("0");
        assertThat(page.body()).contains("A-570-900-000").doesNotContain(idleMember.displayName());

        PortalClient.Page operations = broker.get("/compliance/operations");
        assertThat(operations.status()).isEqualTo(200);
        assertThat(row(operations, "FILED")).startsWith("5 ");
        assertThat(row(operations, "REJECTED")).startsWith("1 ");
        assertThat(row(operations, "HOLD_PLACED")).startsWith("1 ");
        assertThat(row(operations, "LIQUIDATION_SCHEDULED")).startsWith("1 ");
        assertThat(row(operations, "FORM_ISSUED")).startsWith("1 ");
    }

    /**
     * The three parts of the count (SqlEntriesNeedingAction.WAITING): an entry the broker reaches from both sides (it
     * filed it, and the importer granted it its entries) counts once; a clerk whose right on the broker's sub-account
     * is narrowed to a port sees the entries of that port only.
     */
    @Test
    void anEntrySeenFromBothSidesCountsOnceAndANarrowedRightCountsItsPortOnly() {
        PortalClient bothSides = PortalClient.signedIn(mvc, filer.owner());
        accounts.grant(importer, filer.account(), new GrantScope(importer.subAccounts().getFirst().id(),
                AccountFunction.ENTRIES, AccessLevel.VIEW));
        PortalClient.Page page = bothSides.get("/compliance");
        assertThat(tile(page, "tile-rejected")).isEqualTo("1");
        assertThat(tile(page, "tile-held")).isEqualTo("1");
        assertThat(tile(page, "tile-liquidating")).isEqualTo("1");
        assertThat(entriesIn(bothSides.get("/entries?status=REJECTED").body())).containsExactly(rejected.formatted());

        PortalUser atPort = users.create("cmpatport", Role.TRADE);
        PortalUser elsewhere = users.create("cmpelsewhere", Role.TRADE);
        for (PortalUser clerk : new PortalUser[] {atPort, elsewhere}) {
            accounts.member(filer.account(), clerk, AccountRole.USER);
        }
        accounts.right(filer.account(), atPort, filer.sub(), AccountFunction.ENTRIES, AccessLevel.VIEW, null, null,
                PortCode.parse("0101").orElseThrow());
        accounts.right(filer.account(), elsewhere, filer.sub(), AccountFunction.ENTRIES, AccessLevel.VIEW, null,
                null, PortCode.parse("2704").orElseThrow());
        PortalClient.Page port = PortalClient.signedIn(mvc, atPort).get("/compliance");
        assertThat(tile(port, "tile-rejected")).isEqualTo("1");
        assertThat(tile(port, "tile-held")).isEqualTo("1");
        assertThat(port.body()).contains("A-570-900-000");
        PortalClient.Page other = PortalClient.signedIn(mvc, elsewhere).get("/compliance");
        assertThat(tile(other, "tile-rejected")).isEqualTo("0");
        assertThat(tile(other, "tile-held")).isEqualTo("0");
        assertThat(other.body()).doesNotContain("A-570-900-000");
    }

    /**
     * The filer's figures come from tallies kept by triggers (V5_9_10): after the fixture's real moves, and after each
     * kind of change to one more entry (a version with an AD/CVD line, a hold, liquidation, lines removed, back to
     * accepted), they equal a recount. The changes are rolled back, leaving the other tests' figures as they were.
     */
    @Test
    void theFilersTalliesEqualARecountAfterEachKindOfChange() {
        assertThat(FilingFixtures.talliesEqualARecount(jdbc)).as("rejected, held, liquidating, AD/CVD").isPositive();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            correctWithAdCvdLine(reviewed,
                    "{\"caseNumber\": \"A-570-901-000\", \"ratePercent\": \"10.00\", \"deposit\": \"100.00\"}");
            FilingFixtures.talliesEqualARecount(jdbc);
            for (String change : new String[] {"release_status = 'HELD'",
                    "status = 'LIQUIDATION_SCHEDULED', liquidation_date = current_date + 3",
                    "status = 'LIQUIDATED', liquidation_date = current_date", "status = 'ACCEPTED'"}) {
                jdbc.sql("update entry_summary set " + change + " where entry_number = ?").param(reviewed.compact())
                        .update();
                FilingFixtures.talliesEqualARecount(jdbc);
            }
            jdbc.sql("delete from entry_adcvd_line where entry_number = ?").param(reviewed.compact()).update();
            FilingFixtures.talliesEqualARecount(jdbc);
            status.setRollbackOnly();
        });
    }

    /**
     * The nightly run keeps a snapshot for trade users who did not look that day (the chart's point) and deletes
     * those older than the retention; officers get none.
     */
    @Test
    void theNightlyRunKeepsEveryActiveTradeUsersFiguresAndDeletesOldOnes() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        jdbc.sql("delete from compliance_snapshot where user_id = ? and day = ?").param(idleMember.id().value())
                .param(today).update();
        jdbc.sql("""
                insert into compliance_snapshot (user_id, day, forms_due_soon, forms_overdue, rejected, held,
                    liquidating, protests_pending, adcvd_deposits, members_near_inactivity, taken_at)
                values (?, ?, 0, 0, 7, 0, 0, 0, 0, 0, now())
                """).param(idleMember.id().value()).param(today.minusDays(properties.snapshotRetentionDays() + 1L))
                .update();

        nightly.run();

        assertThat(jdbc.sql("select rejected || ' ' || held from compliance_snapshot where user_id = ? and day = ?")
                .param(idleMember.id().value()).param(today).query(String.class).single())
                .as("the member's own figures: the entries right on the importer's sub-account").isEqualTo("1 1");
        assertThat(jdbc.sql("select count(*) from compliance_snapshot where user_id = ? and day < ?")
                .param(idleMember.id().value()).param(today.minusDays(properties.snapshotRetentionDays()))
                .query(Long.class).single()).as("past the retention").isZero();
        assertThat(jdbc.sql("select count(*) from compliance_snapshot s where not exists (select 1 from user_role r "
                + "where r.user_id = s.user_id and r.role = 'TRADE')").query(Long.class).single())
                .as("officers' figures").isZero();
    }

    @Test
    void theHomePageSaysWhatWaitsWithLinksToTheLists() {
        PortalClient.Page home = owner.get("/");
        assertThat(home.body()).contains("1 answer to a CBP form is overdue", "/reviews?show=overdue",
                "/entries?releaseStatus=HELD");
    }

    /** Version 2 of an entry: version 1 with an AD/CVD case on its first line (V5_9_5's trigger keeps its lines). */
    private void correctWithAdCvdLine(EntryNumber entry, String adCvd) {
        jdbc.sql("""
                insert into entry_summary_version (entry_number, version, content_digest, filed_at, filed_by,
                    importer_kind, importer_plain, importer_cipher, consignee_kind, consignee_plain, consignee_cipher,
                    consignee_display, document)
                select entry_number, 2, content_digest, filed_at, filed_by, importer_kind, importer_plain,
                    importer_cipher, consignee_kind, consignee_plain, consignee_cipher, consignee_display,
                    jsonb_set(document, '{lines,0,adCvd}', cast(? as jsonb))
                from entry_summary_version where entry_number = ? and version = 1
                """).param(adCvd).param(entry.compact()).update();
    }

    private EntryNumber file() throws Exception {
        EntryNumber number = filer.nextEntryNumber();
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + filer.token()).contentType(MediaType.APPLICATION_JSON)
                .content(FilingFixtures.summary(number, ein.value()))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }

    private void move(EntryNumber number, String move, String body) throws Exception {
        MockHttpServletResponse response = officer.exchange(MockMvcRequestBuilders
                .post("/api/v1/entry-summaries/" + number.formatted() + "/actions/" + move)
                .header(csrfHeader, csrfToken).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    }

    private static String tile(PortalClient.Page page, String id) {
        return PortalClient.all(page.body(), "id=\"" + id + "\">([0-9,]+)<").getFirst();
    }

    /** The entry numbers a page of the entry search lists. */
    private java.util.List<String> entriesIn(String body) {
        return PortalClient.all(body, "href=\"/entries/([0-9A-Z]{3}-[0-9]{7}-[0-9])\"").stream().distinct().toList();
    }

    /** A row of the daily operations: "today week". */
    private static String row(PortalClient.Page page, String kind) {
        String cells = PortalClient.all(page.body(), "data-kind=\"" + kind + "\">([\\s\\S]*?)</tr>").getFirst();
        return String.join(" ", PortalClient.all(cells, "<td class=\"text-right\">([0-9,]+)</td>"));
    }
}
