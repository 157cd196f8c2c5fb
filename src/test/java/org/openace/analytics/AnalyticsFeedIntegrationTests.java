package org.openace.analytics;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryChangeFeed;
import org.openace.filing.EntryChangeFeed.ChangedEntry;
import org.openace.filing.EntryChangeFeed.Position;
import org.openace.filing.EntryChangeFeed.ReportedOrdinal;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.filing.json.FilingJson;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The analytics store follows PostgreSQL through the change feed (issue 10): a summary filed through the API is in
 * this node's store shortly after, one row per tariff ordinal with the masked importer number; a correction replaces
 * the old version's rows; a second node (a store and feed of its own on the same database, which received no event)
 * sees the same filings; a page that fails half-way leaves the store as it was, and once the feed has caught up
 * again the store holds exactly what a rebuild from PostgreSQL holds.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=analytics-feed", "openace.analytics.enabled=true"})
class AnalyticsFeedIntegrationTests {

    private static final Duration GENEROUS = Duration.ofSeconds(60);

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
    AnalyticsStore store;
    @Autowired
    AnalyticsFeed feed;
    @Autowired
    EntryChangeFeed changes;
    @Autowired
    org.openace.payment.StatementChangeFeed statementChanges;
    @Autowired
    AnalyticsAdministration administration;
    @Autowired
    Environment environment;
    @Autowired
    AnalyticsReads reads;

    @TempDir
    Path otherNode;

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    private void file(Broker broker, String summary) throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(summary)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }

    private List<String> ordinalsOf(AnalyticsStore node, EntryNumber number) {
        try {
            return StoreRows.query(node, "select entry_number, line_number, tariff_ordinal, entry_type, "
                    + "importer_number, "
                    + "port_of_entry, entry_date, summary_date, hts_number, goods_value, duty, country_of_origin, "
                    + "country_of_export, quantity_1, uom_1, filer_code, status, manufacturer_id, related_party, "
                    + "duty_rate from es_line_tariff where entry_number = '"
                    + number.compact() + "'");
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings of a second node on the same database: a store of its own in {@code otherNode}. */
    private AnalyticsProperties nodeB() {
        return new AnalyticsProperties(true, otherNode, Duration.ofSeconds(1), 2, null, DataSize.ofMegabytes(256), 1);
    }

    @Test
    void aSummaryFiledIsInTheStoreOneRowPerTariffOrdinalWithTheImporterNumberMasked() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticsfiled");
        EntryNumber number = broker.nextEntryNumber();

        file(broker, FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));

        StoreRows.await("the filing in the store", GENEROUS, () -> !ordinalsOf(store, number).isEmpty());
        String display = jdbc.sql("select importer_display from entry_summary where entry_number = ?")
                .param(number.compact()).query(String.class).single();
        assertThat(ordinalsOf(store, number)).containsExactly(String.join("|", number.compact(), "1", "1", "01",
                display, "0101", "2026-09-14", "2026-09-18", "9403200017", "10000.00", "0.00", "CN", "CN",
                "20.000000", "NO", broker.filerCode(), "ACCEPTED", "CNSHAFAC123SHA", "false", "Free"));
        assertThat(StoreRows.query(store, "select version, entered_value, fees, filer_sub_account_id, export_date, "
                + "foreign_port_of_lading, port_of_unlading, manufacturer_id, ultimate_consignee from es_summary "
                + "where entry_number = '" + number.compact() + "'"))
                .containsExactly("1|10000.00|34.64|" + broker.sub().id() + "|2026-08-20|null|0101|CNSHAFAC123SHA|null");
    }

    @Test
    void anImporterOrConsigneeNumberThatIsASocialSecurityNumberIsStoredMaskedNeverInFull() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticsmasked");
        EntryNumber number = broker.nextEntryNumber();
        TaxIdentifier ssn = TestAccounts.ssn();
        TestReferenceData.importersOnFile(context, ssn.value());
        ObjectNode summary = (ObjectNode) FilingJson.MAPPER.readTree(FilingFixtures.summary(number, ssn.value()));
        summary.put("ultimateConsignee", ssn.value());

        file(broker, FilingJson.MAPPER.writeValueAsString(summary));

        StoreRows.await("the filing in the store", GENEROUS, () -> !ordinalsOf(store, number).isEmpty());
        String digits = ssn.value().replace("-", "");
        List<String> importers = StoreRows.query(store, "select importer_number from es_line_tariff "
                + "where entry_number = '" + number.compact() + "' union all select importer_number from es_summary "
                + "where entry_number = '" + number.compact() + "'");
        assertThat(importers).containsExactly(ssn.masked(), ssn.masked());
        assertThat(StoreRows.query(store, "select ultimate_consignee from es_summary where entry_number = '"
                + number.compact() + "'")).containsExactly(ssn.masked());

        // a version stored before its consignee's display was kept (V4_12_1): the feed masks the sealed number
        jdbc.sql("update entry_summary_version set consignee_display = null where entry_number = ?")
                .param(number.compact()).update();
        jdbc.sql("update entry_summary set updated_at = updated_at where entry_number = ?").param(number.compact())
                .update();
        List<ChangedEntry> read = new ArrayList<>();
        Position from = Position.START;
        EntryChangeFeed.Page page;
        do {
            page = changes.read(from, 1000, e -> {
                if (e.entryNumber().equals(number.compact())) {
                    read.add(e);
                }
            });
            from = page.next();
        } while (!page.caughtUp());
        assertThat(read).extracting(ChangedEntry::ultimateConsignee).containsExactly(ssn.masked());
        assertThat(StoreRows.all(store)).noneMatch(row -> row.contains(ssn.value()) || row.contains(digits));
    }

    @Test
    void aCorrectionReplacesTheRowsOfTheOldVersion() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticscorrect");
        EntryNumber number = broker.nextEntryNumber();
        file(broker, FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));
        StoreRows.await("version 1 in the store", GENEROUS, () -> !ordinalsOf(store, number).isEmpty());

        file(broker, FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER, "12000.00", "41.57"));

        StoreRows.await("version 2 in the store", GENEROUS, () -> {
            try {
                return StoreRows.query(store, "select version from es_summary where entry_number = '"
                        + number.compact() + "'").equals(List.of("2"));
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(StoreRows.query(store, "select goods_value from es_line_tariff where entry_number = '"
                + number.compact() + "'")).containsExactly("12000.00");
        assertThat(StoreRows.query(store, "select entered_value, fees from es_summary where entry_number = '"
                + number.compact() + "'")).containsExactly("12000.00|41.57");
    }

    @Test
    void aSecondNodeFollowingTheSameDatabaseSeesTheFilingsTheFirstTook() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticsnodes");
        EntryNumber first = broker.nextEntryNumber();
        EntryNumber second = broker.nextEntryNumber();
        AnalyticsProperties nodeB = nodeB();
        AnalyticsStore storeB = new AnalyticsStore(nodeB);
        AnalyticsFeed feedB = new AnalyticsFeed(changes, statementChanges, storeB, nodeB, administration, environment);
        try {
            file(broker, FilingFixtures.summary(first, FilingFixtures.DEMO_IMPORTER));
            feedB.catchUp();
            file(broker, FilingFixtures.summary(second, FilingFixtures.DEMO_IMPORTER, "12000.00", "41.57"));
            StoreRows.await("both filings on node B", GENEROUS, () -> {
                try {
                    feedB.catchUp();
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return ordinalsOf(storeB, first).size() == 1 && ordinalsOf(storeB, second).size() == 1;
            });
            StoreRows.await("both filings on node A", GENEROUS,
                    () -> ordinalsOf(store, first).size() == 1 && ordinalsOf(store, second).size() == 1);
            assertThat(StoreRows.query(storeB, "select current_setting('threads'), current_setting('memory_limit')"))
                    .as("node B's DuckDB settings").containsExactly("1|244.1 MiB");
            assertThat(ordinalsOf(storeB, first)).isEqualTo(ordinalsOf(store, first));
            assertThat(ordinalsOf(storeB, second)).isEqualTo(ordinalsOf(store, second));
        }
        finally {
            storeB.destroy();
        }
    }

    @Test
    void aPageThatFailsHalfWayLeavesTheStoreAsItWasAndTheStoreThenEqualsARebuild() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticscrash");
        List<EntryNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            numbers.add(broker.nextEntryNumber());
            file(broker, FilingFixtures.summary(numbers.getLast(), FilingFixtures.DEMO_IMPORTER));
        }
        StoreRows.await("the filings in the store", GENEROUS, () -> !ordinalsOf(store, numbers.getLast()).isEmpty());
        file(broker, FilingFixtures.summary(numbers.getFirst(), FilingFixtures.DEMO_IMPORTER, "12000.00", "41.57"));
        feed.stop(); // nothing else writes the store while the failure is made
        try {
            List<String> before = StoreRows.all(store);
            Position positionBefore = store.position();

            // the next page as the feed reads it, with one more entry whose value the store cannot hold: the appender
            // refuses it after the page's other entries were appended in the transaction
            List<ChangedEntry> page = new ArrayList<>();
            changes.read(Position.START, 1000, page::add);
            ChangedEntry last = page.getLast();
            ReportedOrdinal huge = new ReportedOrdinal(1, 1, "9403200017", "CN", new BigDecimal("12345678901234567.00"),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null, null, "CNSHAFAC123SHA", false,
                    "Free");
            page.add(new ChangedEntry(last.position(), "ZZZ99999999", 1, "ACCEPTED", "RELEASED", "01", "ZZZ",
                    last.importerDisplay(), "0101", last.entryDate(), last.summaryDate(), "30", "CN", "CN", 1,
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null, null, null, null, null,
                    last.exportDate(), null, "0101", "CNSHAFAC123SHA", null, null, List.of(huge)));
            assertThatThrownBy(() -> store.apply(page, new Position(last.position().transaction() + 1, "")))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(StoreRows.all(store)).isEqualTo(before);
            assertThat(store.position()).isEqualTo(positionBefore);

            store.destroy(); // the node stops (a crash loses nothing committed: DuckDB's write-ahead log) ...
            assertThat(StoreRows.all(store)).as("reopened").isEqualTo(before);
            assertThat(StoreRows.query(store, "select count(*) from feed_batch")).containsExactly("0");
            feed.catchUp(); // ... and, started again, catches up
        }
        finally {
            feed.start();
        }
        List<String> fed = StoreRows.all(store);
        assertThat(fed).as("the correction, applied once the feed caught up")
                .anyMatch(row -> row.startsWith("T|" + numbers.getFirst().compact() + "|") && row.contains("|12000.00|"));

        AnalyticsAdministration.Rebuilt rebuilt = administration.rebuild(new AuditActor(null, "test"));
        feed.stop();
        try {
            store.switchToCurrent();
            assertThat(StoreRows.all(store)).as("the store rebuilt from PostgreSQL").isEqualTo(fed);
            assertThat(rebuilt.built().ordinals()).isEqualTo(fed.stream().filter(r -> r.startsWith("T|")).count());
        }
        finally {
            feed.start();
        }
    }

    @Test
    void aStoreFileOfTheFirstShapeGetsTheNewColumnsAnswersMeanwhileAndOnceFedAgainEqualsARebuild() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticsupgrade");
        EntryNumber number = broker.nextEntryNumber();
        file(broker, FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));
        AnalyticsProperties nodeB = nodeB();
        AnalyticsStore storeB = new AnalyticsStore(nodeB);
        AnalyticsFeed feedB = new AnalyticsFeed(changes, statementChanges, storeB, nodeB, administration, environment);
        try {
            feedB.catchUp();
            // the store as the first version left it: without the columns added since, nor the version table
            long entries = storeB.with(c -> {
                try (var statement = c.createStatement()) {
                    for (AnalyticsSchema.Added column : AnalyticsSchema.ADDED.reversed()) {
                        statement.execute("alter table " + column.table() + " drop column " + column.name());
                    }
                    statement.execute("drop table store_schema");
                    statement.execute("drop table " + TrendCube.TABLE);
                    try (var rs = statement.executeQuery("select count(*) from es_summary")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            assertThat(entries).isPositive();
            storeB.destroy();

            // opened again by this version: the columns are there, empty, the rows still answer, the feed starts over
            assertThat(StoreRows.query(storeB, "select count(*), count(export_date) from es_summary"))
                    .containsExactly(entries + "|0");
            assertThat(StoreRows.query(storeB, "select count(*) > 0, count(duty_rate) from es_line_tariff"))
                    .containsExactly("true|0");
            assertThat(storeB.with(AnalyticsSchema::isFilling)).isTrue();
            assertThat(storeB.position()).isEqualTo(Position.START);
            assertThat(storeB.with(AnalyticsSchema::prepare)).as("upgraded once").isEqualTo(AnalyticsSchema.VERSION);

            feedB.catchUp();

            assertThat(storeB.with(AnalyticsSchema::isFilling)).isFalse();
            assertThat(StoreRows.query(storeB, "select export_date, manufacturer_id, related_party, duty_rate from "
                    + "es_summary join es_line_tariff using (entry_number, manufacturer_id) where entry_number = '"
                    + number.compact() + "'")).containsExactly("2026-08-20|CNSHAFAC123SHA|false|Free");
            Path rebuilt = storeB.files().newBuildFile();
            new StoreBuilder(changes, statementChanges, storeB).build(rebuilt);
            try (var c = storeB.open(rebuilt)) {
                assertThat(StoreRows.all(storeB)).as("the upgraded store, fed again").isEqualTo(StoreRows.all(c))
                        .isNotEmpty();
                assertThat(StoreRows.query(c, "describe es_line_tariff"))
                        .isEqualTo(StoreRows.query(storeB, "describe es_line_tariff"));
                assertThat(StoreRows.query(c, "describe es_summary"))
                        .isEqualTo(StoreRows.query(storeB, "describe es_summary"));
            }
        }
        finally {
            storeB.destroy();
        }
    }

    @Test
    void aStoreFileOfVersion3GetsItsTrendCubeFromItsRowsAndIsFilledAgainForTheColumnsOfVersion5() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticscube");
        EntryNumber number = broker.nextEntryNumber();
        file(broker, FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));
        AnalyticsProperties nodeB = nodeB();
        AnalyticsStore storeB = new AnalyticsStore(nodeB);
        AnalyticsFeed feedB = new AnalyticsFeed(changes, statementChanges, storeB, nodeB, administration, environment);
        try {
            feedB.catchUp();
            List<String> fed = StoreRows.all(storeB);
            Position position = storeB.position();
            storeB.with(c -> {
                try (var statement = c.createStatement()) {
                    statement.execute("drop table " + TrendCube.TABLE);
                    statement.execute("update store_schema set version = 3");
                }
                return null;
            });
            storeB.destroy();

            assertThat(StoreRows.all(storeB)).as("opened again: the cube made from the rows").isEqualTo(fed)
                    .anyMatch(row -> row.startsWith("C|"));
            assertThat(storeB.with(AnalyticsSchema::isFilling)).as("version 5 added the statement number: every "
                    + "entry is read again").isTrue();
            assertThat(storeB.position()).isEqualTo(Position.START);
            feedB.catchUp();
            assertThat(storeB.with(AnalyticsSchema::isFilling)).isFalse();
            assertThat(StoreRows.all(storeB)).as("read again: the same rows, the cube kept in step").isEqualTo(fed);
            assertThat(storeB.position()).isGreaterThanOrEqualTo(position);
        }
        finally {
            storeB.destroy();
        }
    }

    @Test
    void aReadHasAConnectionOfItsOwnThatOutlivesARebuildSwitchingTheStore() throws Exception {
        Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "analyticsread");
        EntryNumber number = broker.nextEntryNumber();
        file(broker, FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER));
        StoreRows.await("the filing in the store", GENEROUS, () -> !ordinalsOf(store, number).isEmpty());

        String sql = "select count(*) from es_line_tariff where entry_number = '" + number.compact() + "'";
        long seen = reads.read(connection -> {
            administration.rebuild(new AuditActor(null, "test"));
            store.switchToCurrent(); // the store this read began on is replaced while it reads
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });

        assertThat(seen).isEqualTo(1);
        long after = reads.read(connection -> {
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(after).as("read from the rebuilt store").isEqualTo(1);
        assertThat(reads.appliedAt()).isBetween(java.time.Instant.now().minusSeconds(300), java.time.Instant.now());
    }
}
