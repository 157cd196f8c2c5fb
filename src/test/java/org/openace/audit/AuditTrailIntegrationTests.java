package org.openace.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openace.test.DatabaseOwner;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClock clock;

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 13);
    }

    private long countWithObjectId(String objectId) {
        Long count = jdbc.queryForObject("select count(*) from audit_event where object_id = ?", Long.class, objectId);
        return count == null ? 0 : count;
    }

    @Test
    void recordedEventHasWhoWhatWhenWhereAndOutcome() {
        UUID userId = UUID.randomUUID();
        String username = unique("who");
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);

        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.DENIED).actor(AuditActor.user(userId, username))
                .object("DOCUMENT", "doc-42").detail("reason", "not-owner").from("203.0.113.9"));

        Instant after = clock.instant();
        record Stored(UUID actorId, String actorName, String action, String objectType, String objectId,
                      String outcome, String address, String details, OffsetDateTime occurredAt, String utcText) {
        }
        Stored row = jdbc.queryForObject("""
                select actor_id, actor_name, action, object_type, object_id, outcome, client_address,
                       details::text as details, occurred_at,
                       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as utc_text
                from audit_event where actor_name = ?""", (r, n) -> new Stored(r.getObject("actor_id", UUID.class),
                r.getString("actor_name"), r.getString("action"), r.getString("object_type"), r.getString("object_id"),
                r.getString("outcome"), r.getString("client_address"), r.getString("details"),
                r.getObject("occurred_at", OffsetDateTime.class), r.getString("utc_text")), username);

        assertThat(row.actorId()).isEqualTo(userId);
        assertThat(row.actorName()).isEqualTo(username);
        assertThat(row.action()).isEqualTo("DOCUMENT_VIEWED");
        assertThat(row.objectType()).isEqualTo("DOCUMENT");
        assertThat(row.objectId()).isEqualTo("doc-42");
        assertThat(row.details()).isEqualTo("{\"reason\": \"not-owner\"}");
        assertThat(row.occurredAt().toInstant()).isBetween(before, after);
        assertThat(row.utcText()).as("the time as the database gives it in UTC")
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC)
                        .format(row.occurredAt().toInstant()));
        assertThat(row.address()).isEqualTo("203.0.113.9");
        assertThat(row.outcome()).isEqualTo("DENIED");
    }

    @Test
    void eventRecordedAwayFromRequestsIsFromTheLocalSystemAndAnonymousWithoutAUser() throws Exception {
        String objectId = unique("job");

        // a thread of its own: the test's own thread carries the mock request of the Spring test framework
        Thread job = Thread.ofPlatform().start(
                () -> audit.record(AuditRecord.of("CLEANUP_RAN", AuditOutcome.SUCCESS).object("JOB", objectId)));
        job.join(Duration.ofSeconds(30));

        assertThat(jdbc.queryForList("select actor_name || ' ' || client_address from audit_event where object_id = ?",
                String.class, objectId)).containsExactly("anonymous local");
    }

    @Test
    void databaseRefusesUpdate() {
        String objectId = unique("update");
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", objectId));

        assertRefused("update audit_event set action = 'EDITED' where object_id = ?", objectId);

        assertThat(jdbc.queryForList("select action from audit_event where object_id = ?", String.class, objectId))
                .containsExactly("DOCUMENT_VIEWED");
    }

    @Test
    void databaseRefusesDelete() {
        String objectId = unique("delete");
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", objectId));

        assertRefused("delete from audit_event where object_id = ?", objectId);

        assertThat(countWithObjectId(objectId)).isEqualTo(1);
    }

    @Test
    void databaseRefusesTruncate() {
        String objectId = unique("truncate");
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", objectId));

        assertRefused("truncate audit_event");

        assertThat(countWithObjectId(objectId)).isEqualTo(1);
    }

    /**
     * Runs the statement, as the portal's own role, in a transaction that is rolled back anyway, so that a missing
     * refusal changes nothing.
     */
    private void assertRefused(String statement, Object... parameters) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update(statement, parameters);
        })).isInstanceOf(DataAccessException.class).rootCause().message()
                .containsAnyOf("permission denied", "must be owner", "append-only");
    }

    @Test
    void verifierSealsWhatWaitsAndReportsTheChainIntactUpToItsHead() {
        for (int i = 0; i < 3; i++) {
            audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", unique("chain")));
        }

        ChainVerification result = verifier.verify();

        long events = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        long lastPosition = jdbc.queryForObject("select max(chain_position) from audit_seal", Long.class);
        byte[] lastHash = jdbc.queryForObject("select hash from audit_seal where chain_position = ?", byte[].class, lastPosition);
        long lastSeq = jdbc.queryForObject("select event_seq from audit_seal where chain_position = ?", Long.class, lastPosition);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.firstBrokenPosition()).isNull();
        assertThat(result.rowsChecked()).as("every event is sealed").isEqualTo(events).isEqualTo(lastPosition)
                .isGreaterThanOrEqualTo(3);
        assertThat(result.lastPosition()).isEqualTo(lastPosition);
        assertThat(result.lastSeq()).isEqualTo(lastSeq);
        assertThat(result.headHash()).isEqualTo(HexFormat.of().formatHex(lastHash));
    }

    @Test
    void appendsDoNotWaitForEachOtherAndALateCommitIsSealedLaterInTheChain() throws Exception {
        String early = unique("early");
        String late = unique("late");
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> open = threads.submit(() -> transaction.executeWithoutResult(status -> {
                audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", early));
                recorded.countDown();
                await(release);
            }));
            assertThat(recorded.await(1, TimeUnit.MINUTES)).isTrue();

            Future<?> other = threads.submit(() -> transaction.executeWithoutResult(status ->
                    audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", late))));
            other.get(1, TimeUnit.MINUTES); // with one lock for every append, this waited for the open transaction
            ChainVerification whileOpen = verifier.verify();

            release.countDown();
            open.get(1, TimeUnit.MINUTES);
            assertThat(whileOpen.intact()).isTrue();
        }
        finally {
            release.countDown();
            threads.shutdownNow();
        }
        ChainVerification after = verifier.verify();

        assertThat(after.intact()).as(String.valueOf(after.problem())).isTrue();
        long earlySeq = seqOf(early);
        long lateSeq = seqOf(late);
        assertThat(earlySeq).as("the open transaction took the lower sequence number").isLessThan(lateSeq);
        assertThat(positionOf(earlySeq)).as("but committed last, so it is sealed after").isGreaterThan(positionOf(lateSeq));
    }

    private long seqOf(String objectId) {
        return jdbc.queryForObject("select seq from audit_event where object_id = ?", Long.class, objectId);
    }

    private long positionOf(long seq) {
        return jdbc.queryForObject("select chain_position from audit_seal where event_seq = ?", Long.class, seq);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void portalRoleCannotSwitchTheTriggersOffNorChangeSeals() {
        audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", unique("role")));
        verifier.verify();

        assertRefused("set session_replication_role = replica");
        assertRefused("alter table audit_event disable trigger all");
        assertRefused("alter table audit_seal disable trigger all");
        assertRefused("update audit_seal set sealed_at = now()");
        assertRefused("delete from audit_seal");
        assertRefused("truncate audit_seal");
        assertThat(jdbc.queryForObject("""
                select r.rolsuper or exists (select 1 from pg_tables t where t.tableowner = current_user)
                from pg_roles r where r.rolname = current_user""", Boolean.class))
                .as("the portal's role is no superuser and owns no table").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuditOutcome.class, names = {"FAILURE", "DENIED"})
    void failureOrDenialRecordedInATransactionThatRollsBackIsKept(AuditOutcome outcome) {
        String objectId = unique("kept");

        transaction.executeWithoutResult(status -> {
            audit.record(AuditRecord.of("DOCUMENT_UPLOADED", outcome).object("DOCUMENT", objectId));
            status.setRollbackOnly();
        });

        assertThat(countWithObjectId(objectId)).isEqualTo(1);
    }

    @Test
    void successRecordedInATransactionThatRollsBackIsNotKept() {
        String objectId = unique("gone");

        transaction.executeWithoutResult(status -> {
            audit.record(AuditRecord.of("DOCUMENT_UPLOADED", AuditOutcome.SUCCESS).object("DOCUMENT", objectId));
            status.setRollbackOnly();
        });

        assertThat(countWithObjectId(objectId)).isZero();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentRecordingFromEightThreadsKeepsTheChainIntact() throws Exception {
        String actor = unique("concurrent");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Void>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Callable<Void> work = () -> {
                    start.await();
                    for (int i = 0; i < 50; i++) {
                        audit.record(AuditRecord.of("DOCUMENT_VIEWED", i % 5 == 0 ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS)
                                .actor(AuditActor.user(UUID.randomUUID(), actor)).object("DOCUMENT", thread + "-" + i));
                    }
                    return null;
                };
                done.add(threads.submit(work));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        }
        finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(distinct object_id) from audit_event where actor_name = ?",
                Long.class, actor)).isEqualTo(400);
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) - count(distinct previous_hash) from audit_seal", Long.class))
                .as("seals that share a previous hash, i.e. forks in the chain").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event e join audit_seal s on s.event_seq = e.seq where e.actor_name = ?""",
                Long.class, actor)).as("every event sealed").isEqualTo(400);
    }

    /**
     * Tampering runs in an application context of its own (and so a database of its own), and every test puts the
     * rows back, so that the chain of the shared database is never broken.
     */
    @Nested
    @TestPropertySource(properties = "openace.test.context=audit-tamper")
    class AfterTamperingInTheDatabase {

        @Autowired
        AuditTrail trail;
        @Autowired
        AuditChainVerifier chainVerifier;
        @Autowired
        ApplicationContext context;
        @Autowired
        JdbcTemplate database;

        private List<Long> threeEvents() {
            String actor = unique("tamper");
            for (int i = 1; i <= 3; i++) {
                trail.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS)
                        .actor(AuditActor.user(UUID.randomUUID(), actor)).object("DOCUMENT", "doc-" + i));
            }
            assertThat(chainVerifier.verify().intact()).isTrue();
            return database.queryForList("select seq from audit_event where actor_name = ? order by seq", Long.class, actor);
        }

        private long position(long seq) {
            return database.queryForObject("select chain_position from audit_seal where event_seq = ?", Long.class, seq);
        }

        private ChainVerification brokenAfter(AuditTampering.Restore restore) {
            try (restore) {
                ChainVerification result = chainVerifier.verify();
                assertThat(result.intact()).isFalse();
                return result;
            }
            finally {
                assertThat(chainVerifier.verify().intact()).as("after the rows were put back").isTrue();
            }
        }

        @Test
        void editedEventBreaksTheChainAtItsSeal() {
            List<Long> seqs = threeEvents();

            ChainVerification result = brokenAfter(new AuditTampering(context).changeAction(seqs.get(1), "DOCUMENT_PRINTED"));

            assertThat(result.firstBrokenPosition()).isEqualTo(position(seqs.get(1)));
            assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(1));
            assertThat(result.problem()).contains("was changed after it was sealed");
        }

        @Test
        void removedEventIsASealWithoutItsEvent() {
            List<Long> seqs = threeEvents();

            ChainVerification result = brokenAfter(new AuditTampering(context).deleteEvent(seqs.get(1)));

            assertThat(result.firstBrokenPosition()).isEqualTo(position(seqs.get(1)));
            assertThat(result.problem()).contains("Event " + seqs.get(1)).contains("was removed");
        }

        @Test
        void removedSealLeavesAGapInTheChain() {
            List<Long> seqs = threeEvents();
            long position = position(seqs.get(1));

            ChainVerification result = brokenAfter(new AuditTampering(context).deleteSeal(seqs.get(1)));

            assertThat(result.firstBrokenPosition()).isEqualTo(position);
            assertThat(result.problem()).contains("is missing");
        }

        @Test
        void removedNewestSealLeavesItsEventOutOfTheChain() {
            List<Long> seqs = threeEvents();

            ChainVerification result = brokenAfter(new AuditTampering(context).deleteSeal(seqs.get(2)));

            assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(2));
            assertThat(result.problem()).contains("is in no seal and not waiting to be sealed");
        }

        @Test
        void reorderedSealsBreakTheChainWhereTheOrderChanged() {
            List<Long> seqs = threeEvents();
            long first = position(seqs.get(0));

            ChainVerification result = brokenAfter(new AuditTampering(context).swapSeals(seqs.get(0), seqs.get(1)));

            assertThat(result.firstBrokenPosition()).isEqualTo(first);
            assertThat(result.problem()).contains("does not follow the seal before it");
        }

        @Test
        void databaseOwnerIsRefusedTooWhileTheTriggersAreOn() throws Exception {
            List<Long> seqs = threeEvents();

            try (Connection owner = DatabaseOwner.connect(context); Statement statement = owner.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("update audit_event set action = 'X' where seq = " + seqs.get(0)))
                        .hasMessageContaining("audit_event is append-only");
                assertThatThrownBy(() -> statement.executeUpdate("delete from audit_seal where event_seq = " + seqs.get(0)))
                        .hasMessageContaining("audit_seal is append-only");
            }
        }
    }
}
