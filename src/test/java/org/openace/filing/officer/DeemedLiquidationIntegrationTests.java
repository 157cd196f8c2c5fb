package org.openace.filing.officer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryDeemedLiquidated;
import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.FilingFixtures.Broker;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries not liquidated by their deadline (entered 2026-09-14: due by 2027-09-14) are deemed liquidated by the daily
 * job, as of the day it runs, at the amount declared, audited as done by the system; extended and rejected entries
 * are not; an entry locked by someone else is skipped and taken at the next run; a run repeated changes nothing.
 */
@PortalTest
@RecordApplicationEvents
class DeemedLiquidationIntegrationTests {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 9, 14);

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
    TestClock clock;
    @Autowired
    DeemedLiquidation deemedLiquidation;
    @Autowired
    MoveEntry moveEntry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;

    private Broker broker;

    @BeforeEach
    void broker() {
        TestReferenceData.loadSamples(context);
        broker = FilingFixtures.broker(mvc, users, accounts, jdbc, "deemliq");
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private EntryNumber file() {
        EntryNumber number = broker.nextEntryNumber();
        try {
            int status = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                    .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                    .content(FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER))).andReturn().getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(201);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return number;
    }

    private String state(EntryNumber number) {
        return jdbc.sql("""
                select status || ':' || coalesce(liquidation_date::text, '-') || ':' || coalesce(protest_by::text, '-')
                    || ':' || coalesce(liquidated_amount::text, '-') from entry_summary where entry_number = ?
                """).param(number.compact()).query(String.class).single();
    }

    private List<String> history(EntryNumber number) {
        return jdbc.sql("select kind || ' by ' || actor from entry_history where entry_number = ? order by seq")
                .param(number.compact()).query(String.class).list();
    }

    @Test
    void entriesPastTheirDeadlineAreDeemedLiquidatedOnceWhileLockedOnesWaitForTheNextRun() throws Exception {
        EntryNumber overdue = file();
        EntryNumber locked = file();
        EntryNumber extended = file();
        EntryNumber rejected = file();
        AuditActor officer = new AuditActor(null, "deemliq-officer");
        assertThat(moveEntry.move(extended, new OfficerMove.Extend("Information requested"), officer))
                .isInstanceOf(MoveOutcome.Moved.class);
        assertThat(moveEntry.move(rejected, new OfficerMove.Reject(List.of("Invoice missing")), officer))
                .isInstanceOf(MoveOutcome.Moved.class);

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), DEADLINE)));
        deemedLiquidation.deemOverdueEntries();
        assertThat(state(overdue)).as("on its deadline it may still be liquidated").isEqualTo("ACCEPTED:-:-:-");

        clock.advance(Duration.ofDays(2));
        LocalDate today = LocalDate.now(clock);
        CountDownLatch lockTaken = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = otherNode.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("select entry_number from entry_summary where entry_number = ? for update")
                        .param(locked.compact()).query(String.class).single();
                lockTaken.countDown();
                try {
                    done.await();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            lockTaken.await();
            deemedLiquidation.deemOverdueEntries();
            done.countDown();
            holder.get();
        }
        finally {
            done.countDown();
            otherNode.shutdown();
        }

        String deemed = "DEEMED_LIQUIDATED:" + DEADLINE + ":" + DEADLINE.plusDays(180) + ":34.64";
        assertThat(state(overdue)).isEqualTo(deemed);
        assertThat(state(locked)).as("locked by another node: left for the next run").isEqualTo("ACCEPTED:-:-:-");
        assertThat(state(extended)).startsWith("EXTENDED:");
        assertThat(state(rejected)).startsWith("REJECTED:");

        deemedLiquidation.deemOverdueEntries();
        assertThat(state(locked)).isEqualTo(deemed);

        assertThat(deemedLiquidation.deemOverdueEntries()).as("a run repeated finds nothing more").isZero();
        assertThat(history(overdue)).containsExactly("FILED by " + historyActorOf(overdue), "DEEMED_LIQUIDATED by system");
        assertThat(history(locked)).hasSize(2).last().isEqualTo("DEEMED_LIQUIDATED by system");
        assertThat(jdbc.sql("select actor_name || ':' || outcome || ':' || (details->>'protestBy') from audit_event "
                        + "where action = 'ENTRY_DEEMED_LIQUIDATED' and object_id = ?").param(overdue.formatted())
                .query(String.class).list()).containsExactly("system:SUCCESS:" + DEADLINE.plusDays(180));
        assertThat(events.stream(EntryDeemedLiquidated.class)
                .filter(e -> e.entry().entryNumber().equals(overdue) || e.entry().entryNumber().equals(locked)))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.on()).isEqualTo(today);
                    assertThat(e.deemedOn()).isEqualTo(DEADLINE);
                    assertThat(e.amount().amount()).isEqualByComparingTo("34.64");
                });
    }

    private String historyActorOf(EntryNumber number) {
        return jdbc.sql("select actor from entry_history where entry_number = ? and seq = 1").param(number.compact())
                .query(String.class).single();
    }
}
