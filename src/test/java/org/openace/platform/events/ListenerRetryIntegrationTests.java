package org.openace.platform.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.test.ExternalTestDatabase;
import org.openace.test.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event publication registry keeps its promises, on the platform module alone: a listener that fails is run
 * again by {@link EventPublicationMaintenance} with doubling waits until it completes, and a publication that a
 * node left unfinished when it stopped is run again when the portal starts
 * ({@code spring.modulith.republish-outstanding-events-on-restart}).
 * <p>
 * The maintenance job's own schedule is pushed out of the way ({@code retry-check-interval=1h}); the test calls it
 * and moves the clock, so that no assertion depends on timing.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = ExternalTestDatabase.class)
@TestPropertySource(properties = {"openace.events.retry-check-interval=1h", "openace.events.first-retry-delay=1m",
        "openace.events.max-retry-delay=1h"})
class ListenerRetryIntegrationTests {

    /** What a module tells the others; the listener below fails on its first {@code failures} runs. */
    record SomethingHappened(UUID id, int failures) {
    }

    static final String LISTENER_ID = "openace.test.flaky-listener";

    /** A listener of another module that fails on its first runs of an event, as one whose database is down. */
    static class FlakyListener {
        final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
        final Map<UUID, AtomicInteger> completions = new ConcurrentHashMap<>();

        @ApplicationModuleListener(id = LISTENER_ID)
        void on(SomethingHappened event) {
            int run = runs.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            if (run <= event.failures()) {
                throw new IllegalStateException("Fails on purpose, run " + run);
            }
            completions.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }

        int runs(UUID id) {
            return runs.getOrDefault(id, new AtomicInteger()).get();
        }

        int completions(UUID id) {
            return completions.getOrDefault(id, new AtomicInteger()).get();
        }
    }

    /**
     * What a node that stopped between a commit and its listeners leaves behind: publications in the registry,
     * written before this node's registry starts (this bean is made with the other beans, after the migrations,
     * before the registry republishes outstanding events). One was never started, one was running.
     */
    static class PublicationsOfAStoppedNode {
        static final SomethingHappened NEVER_STARTED = new SomethingHappened(UUID.randomUUID(), 0);
        static final SomethingHappened WAS_RUNNING = new SomethingHappened(UUID.randomUUID(), 0);

        PublicationsOfAStoppedNode(JdbcClient jdbc, EventSerializer serializer) {
            Instant before = Instant.now().minus(Duration.ofMinutes(5));
            insert(jdbc, serializer, NEVER_STARTED, "PUBLISHED", before);
            insert(jdbc, serializer, WAS_RUNNING, "PROCESSING", before);
        }

        private static void insert(JdbcClient jdbc, EventSerializer serializer, SomethingHappened event, String status,
                                   Instant at) {
            jdbc.sql("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                   status, completion_attempts, last_resubmission_date)
                    values (?, ?, ?, ?, ?, ?, 1, ?)
                    """).param(UUID.randomUUID()).param(LISTENER_ID).param(SomethingHappened.class.getName())
                    .param(serializer.serialize(event).toString()).param(Timestamp.from(at)).param(status)
                    .param(Timestamp.from(at)).update();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }

        @Bean
        PublicationsOfAStoppedNode publicationsOfAStoppedNode(JdbcClient jdbc, EventSerializer serializer) {
            return new PublicationsOfAStoppedNode(jdbc, serializer);
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationMaintenance maintenance;

    @Autowired
    FlakyListener listener;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void aListenerThatFailsRunsAgainWithDoublingWaitsUntilItCompletes() {
        SomethingHappened event = new SomethingHappened(UUID.randomUUID(), 2);
        transaction.executeWithoutResult(status -> events.publishEvent(event));

        // the first run, right after the commit, fails: the publication stays, failed
        awaitPublication(event, "FAILED", 1);
        assertThat(listener.runs(event.id())).isEqualTo(1);

        // the first wait is a minute from its last run: not due before, due then; it runs again and fails again
        moveClockTo(lastRun(event).plus(Duration.ofSeconds(50)));
        maintenance.resubmitFailed();
        assertThat(publication(event)).isEqualTo(new Publication("FAILED", 1, false));
        moveClockTo(lastRun(event).plus(Duration.ofMinutes(1)));
        maintenance.resubmitFailed();
        awaitPublication(event, "FAILED", 2);
        assertThat(listener.runs(event.id())).isEqualTo(2);

        // the wait has doubled: a minute after that run it is not due yet; two minutes after, it runs and completes
        moveClockTo(lastRun(event).plus(Duration.ofSeconds(110)));
        maintenance.resubmitFailed();
        assertThat(publication(event)).isEqualTo(new Publication("FAILED", 2, false));
        moveClockTo(lastRun(event).plus(Duration.ofMinutes(2)));
        maintenance.resubmitFailed();
        awaitPublication(event, "COMPLETED", 3);
        assertThat(listener.runs(event.id())).isEqualTo(3);
        assertThat(listener.completions(event.id())).isEqualTo(1);

        // a completed publication is never run again
        clock.advance(Duration.ofHours(5));
        maintenance.resubmitFailed();
        assertThat(publication(event)).isEqualTo(new Publication("COMPLETED", 3, true));
        assertThat(listener.runs(event.id())).isEqualTo(3);
    }

    @Test
    void publicationsLeftUnfinishedByAStoppedNodeAreRunWhenThePortalStarts() {
        for (SomethingHappened event : new SomethingHappened[] {PublicationsOfAStoppedNode.NEVER_STARTED,
                PublicationsOfAStoppedNode.WAS_RUNNING}) {
            awaitPublication(event, "COMPLETED", 2);
            assertThat(listener.runs(event.id())).isEqualTo(1);
            assertThat(listener.completions(event.id())).isEqualTo(1);
        }
    }

    record Publication(String status, int completionAttempts, boolean completed) {
    }

    private Publication publication(SomethingHappened event) {
        return jdbc.sql("""
                        select status, completion_attempts, completion_date is not null as completed
                        from event_publication where listener_id = ? and event_type = ? and serialized_event like ?
                        """).param(LISTENER_ID).param(SomethingHappened.class.getName())
                .param("%" + event.id() + "%").query(Publication.class).single();
    }

    /** When the listener last ran: the publication's date, then its last resubmission. */
    private Instant lastRun(SomethingHappened event) {
        return jdbc.sql("""
                        select last_resubmission_date from event_publication
                        where listener_id = ? and event_type = ? and serialized_event like ?
                        """).param(LISTENER_ID).param(SomethingHappened.class.getName())
                .param("%" + event.id() + "%").query(Timestamp.class).single().toInstant();
    }

    private void moveClockTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    /** Waits (up to 10 s) for the listener's run to be recorded; its outcome is asserted exactly. */
    private void awaitPublication(SomethingHappened event, String status, int completionAttempts) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(publication(event)).isEqualTo(
                        new Publication(status, completionAttempts, status.equals("COMPLETED"))));
    }
}
