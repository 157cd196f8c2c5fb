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

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** Runs the statement in a transaction that is rolled back anyway, so that a missing refusal changes nothing. */
    private void assertRefused(String statement, Object... parameters) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update(statement, parameters);
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only");
    }

    @Test
    void verifierReportsTheRealChainIntactUpToItsLastRow() {
        for (int i = 0; i < 3; i++) {
            audit.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS).object("DOCUMENT", unique("chain")));
        }

        ChainVerification result = verifier.verify();

        long rows = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        long lastSeq = jdbc.queryForObject("select max(seq) from audit_event", Long.class);
        byte[] lastHash = jdbc.queryForObject("select hash from audit_event where seq = ?", byte[].class, lastSeq);
        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenSeq()).isNull();
        assertThat(result.rowsChecked()).isEqualTo(rows).isGreaterThanOrEqualTo(3);
        assertThat(result.lastSeq()).isEqualTo(lastSeq);
        assertThat(result.headHash()).isEqualTo(HexFormat.of().formatHex(lastHash));
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
        assertThat(jdbc.queryForObject("select count(*) - count(distinct previous_hash) from audit_event", Long.class))
                .as("rows that share a previous hash, i.e. forks in the chain").isZero();
        assertThat(verifier.verify().intact()).isTrue();
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
        DataSource dataSource;
        @Autowired
        JdbcTemplate database;

        private List<Long> threeEvents() {
            String actor = unique("tamper");
            for (int i = 1; i <= 3; i++) {
                trail.record(AuditRecord.of("DOCUMENT_VIEWED", AuditOutcome.SUCCESS)
                        .actor(AuditActor.user(UUID.randomUUID(), actor)).object("DOCUMENT", "doc-" + i));
            }
            return database.queryForList("select seq from audit_event where actor_name = ? order by seq", Long.class, actor);
        }

        @Test
        void editedRowBreaksTheChainAtThatRow() {
            List<Long> seqs = threeEvents();
            assertThat(chainVerifier.verify().intact()).isTrue();

            try (AuditTampering.Restore restore = new AuditTampering(dataSource).changeAction(seqs.get(1), "DOCUMENT_PRINTED")) {
                ChainVerification result = chainVerifier.verify();

                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(1));
            }
            assertThat(chainVerifier.verify().intact()).as("after the row was put back").isTrue();
        }

        @Test
        void deletedRowBreaksTheChainAtTheRowAfterIt() {
            List<Long> seqs = threeEvents();
            assertThat(chainVerifier.verify().intact()).isTrue();

            try (AuditTampering.Restore restore = new AuditTampering(dataSource).delete(seqs.get(1))) {
                ChainVerification result = chainVerifier.verify();

                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(2));
            }
            assertThat(chainVerifier.verify().intact()).as("after the row was put back").isTrue();
        }
    }
}
