package org.openace.filing.statement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryStatements;
import org.openace.filing.EntrySummary;
import org.openace.filing.FilingFixtures;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.filing.store.HistoryEntry;
import org.openace.reference.load.TestReferenceData;
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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-wise placement of entries on a statement has exactly the effect of the entry summary's own move
 * ({@link EntrySummary#placeOnStatement}): the same state afterwards, the same history line, nothing else changed; an
 * entry that is not accepted is not placed. May 2026 is this class's day in the payments test database.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=payments")
class SetWisePlacementIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2026, 5, 13);

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
    EntryStatements statements;
    @Autowired
    EntrySummaryStore store;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void placingSetWiseIsTheLifecyclesMove() throws Exception {
        TestReferenceData.loadSamples(context);
        TestReferenceData.importersOnFile(context);
        FilingFixtures.Broker broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "setwise");
        EntryNumber placed = file(broker);
        EntryNumber rejected = file(broker);
        jdbc.sql("update entry_summary set status = 'REJECTED' where entry_number = ?").param(rejected.compact())
                .update();

        EntrySummary expected = store.load(placed).orElseThrow();
        var event = expected.placeOnStatement("SETWISE00001", DAY);
        List<EntryStatements.PlacedEntry> result = transaction.execute(status -> statements.place(
                broker.filerCode(), DAY, EntryStatements.Importers.all(), "SETWISE00001", DAY, AuditActor.SYSTEM, 10));

        assertThat(result).extracting(p -> p.entry().entryNumber()).containsExactly(placed);
        assertThat(result.getFirst().entry()).isEqualTo(event.entry());
        assertThat(result.getFirst().totals()).isEqualTo(expected.form().declaredTotals());
        assertThat(store.load(placed).orElseThrow().snapshot()).isEqualTo(expected.snapshot());
        String details = jdbc.sql("""
                select details::text from entry_history where entry_number = ? and kind = 'PLACED_ON_STATEMENT'
                """).param(placed.compact()).query(String.class).single();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(details)).isEqualTo(json.readTree(HistoryEntry.of(event).details().toString()));
        assertThat(jdbc.sql("select occurred_on from entry_history where entry_number = ? and kind = 'PLACED_ON_STATEMENT'")
                .param(placed.compact()).query(Date.class).single().toLocalDate()).isEqualTo(DAY);
        assertThat(jdbc.sql("select status from entry_summary where entry_number = ?").param(rejected.compact())
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    private EntryNumber file(FilingFixtures.Broker broker) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        String json = FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER)
                .replace("2026-09-18", DAY.toString()).replace("2026-09-14", "2026-05-11")
                .replace("2026-09-12", "2026-05-09").replace("2026-08-20", "2026-04-20");
        int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        return number;
    }
}
