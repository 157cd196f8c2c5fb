package org.openace.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditChainVerifier;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.audit.ChainVerification;
import org.openace.test.DatabaseOwner;
import org.openace.test.PortalTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}): audited writes per
 * second from 32 concurrent clients, each a transaction that writes one small business row and one audit row, on a
 * durable embedded PostgreSQL (fsync and synchronous commit on, as the portal runs), in two designs side by side:
 * <ul>
 *   <li><b>serialized</b>, the design before issue 8, reproduced here only: one {@code pg_advisory_xact_lock} for every
 *       append, the last hash read, the row sealed and inserted with it (into a copy of {@code audit_event} with the
 *       same columns and indexes), the lock held until commit;</li>
 *   <li><b>sealed after commit</b>, the portal's {@code AuditTrail}: the row appended without a lock and sealed by the
 *       sealer shortly after (which runs meanwhile, as in production).</li>
 * </ul>
 * Then how long the sealer takes to seal what is left waiting, and a verification of the whole chain.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=AuditAppendBenchmark -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.bench.AuditAppendBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = {"openace.test.context=audit-benchmark",
        "openace.database.embedded.data-directory=target/audit-benchmark-postgres",
        "openace.database.embedded.durable=true", "spring.datasource.hikari.maximum-pool-size=40"})
class AuditAppendBenchmark {

    private static final Logger log = LoggerFactory.getLogger("org.openace.audit");
    private static final int CLIENTS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(30);
    private static final long OLD_CHAIN_LOCK = 0x0A_CE_A0D18L;

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    private final SecretKeySpec key = new SecretKeySpec(new byte[32], "HmacSHA256");

    @Test
    void auditedWritesFromThirtyTwoClients() throws Exception {
        try (Connection owner = DatabaseOwner.connect(context); Statement statement = owner.createStatement()) {
            statement.execute("create table bench_business_row (id bigint generated always as identity primary key, "
                    + "payload text not null, created_at timestamptz not null default now())");
            statement.execute("create table bench_serialized_audit (like audit_event including all)");
        }
        System.out.printf("%d clients, each transaction: one business row and one audit row; durable PostgreSQL; "
                + "%d cores; %d s measured after %d s warm-up per design%n", CLIENTS,
                Runtime.getRuntime().availableProcessors(), MEASURED.toSeconds(), WARM_UP.toSeconds());

        measure("warm-up (sealed after commit)", this::sealedAfterCommit, WARM_UP, false);
        measure("serialized (one lock per append, before)", this::serialized, WARM_UP, false);
        double serialized = measure("serialized (one lock per append, before)", this::serialized, MEASURED, true);
        double sealed = measure("sealed after commit (after)", this::sealedAfterCommit, MEASURED, true);
        System.out.printf("after / before: %.1f times%n", sealed / serialized);

        long waiting = jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
        long start = System.nanoTime();
        ChainVerification result = verifier.verify();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("left waiting to be sealed at the end: %,d; sealing them and verifying the whole chain of "
                + "%,d events: %.1f s; intact: %s%n", waiting, result.rowsChecked(), seconds, result.intact());
    }

    @FunctionalInterface
    private interface Write {
        void once(int client, long n);
    }

    private double measure(String label, Write write, Duration duration, boolean print) throws Exception {
        LongAdder done = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(threads.submit(() -> {
                start.await();
                long n = 0;
                while (System.nanoTime() < deadline[0]) {
                    write.once(client, n++);
                    done.increment();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        deadline[0] = began + duration.toNanos();
        start.countDown();
        for (Future<?> client : clients) {
            client.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        threads.shutdown();
        double rate = done.sum() / seconds;
        if (print) {
            System.out.printf("%-45s %,10d transactions in %.1f s: %,8.0f audited writes/s%n", label, done.sum(), seconds,
                    rate);
        }
        return rate;
    }

    private void sealedAfterCommit(int client, long n) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into bench_business_row (payload) values (?)").param("filing " + client + "-" + n).update();
            audit.record(AuditRecord.of("FILING_SUBMITTED", AuditOutcome.SUCCESS)
                    .actor(AuditActor.user(UUID.randomUUID(), "bench.client" + client)).object("FILING", client + "-" + n)
                    .detail("lines", 3).from("192.0.2.1"));
        });
    }

    /** The append of the design before issue 8, as its JdbcAuditTrail did it (and logged it). */
    private void serialized(int client, long n) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into bench_business_row (payload) values (?)").param("filing " + client + "-" + n).update();
            jdbc.sql("select pg_advisory_xact_lock(?)").param(OLD_CHAIN_LOCK).query().singleValue();
            byte[] previous = jdbc.sql("select hash from bench_serialized_audit order by seq desc limit 1")
                    .query(byte[].class).optional().orElse(new byte[32]);
            String actor = "bench.client" + client;
            String objectId = client + "-" + n;
            byte[] hash = hmac(previous, actor + "FILING_SUBMITTED" + objectId);
            jdbc.sql("""
                    insert into bench_serialized_audit (occurred_at, actor_id, actor_name, action, object_type, object_id,
                                                        outcome, client_address, details, previous_hash, hash)
                    values (now(), ?, ?, 'FILING_SUBMITTED', 'FILING', ?, 'SUCCESS', '192.0.2.1', '{"lines": "3"}', ?, ?)
                    """).params(UUID.randomUUID(), actor, objectId, previous, hash).update();
        });
        log.info("audit action={} outcome={} actor={} objectType={} objectId={} address={}", "FILING_SUBMITTED",
                "SUCCESS", "bench.client" + client, "FILING", client + "-" + n, "192.0.2.1");
    }

    private byte[] hmac(byte[] previous, String fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(previous);
            return mac.doFinal(fields.getBytes(StandardCharsets.UTF_8));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
