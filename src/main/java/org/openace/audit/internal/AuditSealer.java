package org.openace.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals committed audit events into the chain, in sequence order, a moment after they commit: every
 * {@code openace.audit.seal-interval} it takes the events waiting in {@code audit_pending} (appended there in the same
 * statement as the event, so only committed events are ever seen) and writes one {@code audit_seal} row for each,
 * at the next chain position, chained to the seal before it. An event whose lower sequence number commits after
 * higher ones is sealed in a later pass, at a later position: it is never skipped.
 *
 * <p>One sealer at a time across every node: each pass runs under a transaction-scoped advisory lock taken with
 * {@code pg_try_advisory_xact_lock}, and a node that does not get it leaves the pass to the node that has it. Appends
 * never wait for the sealer.
 *
 * <p>Every {@code openace.audit.anchor-interval}, and on an orderly stop, the head of the chain is anchored in a signed
 * file outside the database and logged ({@link AuditAnchor}); a head that no longer reaches the anchored one is not
 * anchored over but reported as an error.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger("org.openace.audit");
    /** The advisory lock of the sealer (only one node seals at a time). */
    static final long SEALER_LOCK = 0x0A_CE_A0D17L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditChain chain;
    private final AuditAnchor anchor;
    private final AuditProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile long lastAnchorNanos = System.nanoTime();

    AuditSealer(DataSource dataSource, JdbcClient jdbc, AuditChain chain, AuditAnchor anchor, AuditProperties properties, JsonMapper json,
                Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        this.chain = chain;
        this.anchor = anchor;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${openace.audit.seal-interval:500ms}",
            fixedDelayString = "${openace.audit.seal-interval:500ms}")
    void sealOnSchedule() {
        try {
            sealPending();
            if (System.nanoTime() - lastAnchorNanos >= properties.anchorInterval().toNanos()) {
                anchorHead();
            }
        }
        catch (RuntimeException e) {
            log.warn("The audit sealer's pass failed; the next pass tries again: {}", e.toString());
        }
    }

    @PreDestroy
    void sealAndAnchorOnStop() {
        try {
            sealPending();
            anchorHead();
        }
        catch (RuntimeException e) {
            log.warn("The audit chain could not be sealed and anchored on stopping: {}", e.toString());
        }
    }

    /**
     * Seals every event committed and waiting, unless another node is sealing at this moment.
     *
     * @return how many events this call sealed
     */
    long sealPending() {
        return sealPending(Duration.ZERO);
    }

    /**
     * Seals every event committed and waiting, waiting up to {@code wait} for another node's pass to finish (a
     * verification wants every committed event sealed before it looks).
     *
     * @return how many events this call sealed (0 as well when the other node's pass did not finish in time)
     */
    long sealPending(Duration wait) {
        long sealed = 0;
        while (true) {
            Integer batch;
            try {
                batch = transaction.execute(status -> sealBatch(wait));
            }
            catch (DataAccessException e) {
                if (e.getMostSpecificCause() instanceof SQLException cause && "55P03".equals(cause.getSQLState())) {
                    return sealed; // lock_not_available: another node's pass holds the sealer's lock longer than we wait
                }
                throw e;
            }
            int count = batch == null ? 0 : batch;
            sealed += count;
            if (count < properties.sealBatch()) {
                return sealed;
            }
        }
    }

    private record Head(long position, byte[] hash) {
    }

    private record Waiting(long seq, AuditChain.SealedFields fields) {
    }

    private int sealBatch(Duration wait) {
        if (wait.isZero()) {
            Boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(SEALER_LOCK).query(Boolean.class).single();
            if (!Boolean.TRUE.equals(mine)) {
                return 0;
            }
        }
        else {
            jdbc.sql("select set_config('lock_timeout', ?, true)").param(wait.toMillis() + "ms").query().singleValue();
            jdbc.sql("select pg_advisory_xact_lock(?)").param(SEALER_LOCK).query().singleValue();
        }
        List<Waiting> waiting = jdbc.sql("select " + SealedEvents.COLUMNS + """
                         from audit_pending p join audit_event e on e.seq = p.event_seq
                        order by p.event_seq limit :batch""")
                .param("batch", properties.sealBatch())
                .query((row, n) -> new Waiting(row.getLong("seq"), SealedEvents.fields(row, json)))
                .list();
        if (waiting.isEmpty()) {
            return 0;
        }
        Head head = head().orElse(new Head(0, AuditChain.GENESIS));
        int count = waiting.size();
        Long[] positions = new Long[count];
        Long[] seqs = new Long[count];
        byte[][] previousHashes = new byte[count][];
        byte[][] hashes = new byte[count][];
        long position = head.position();
        byte[] previous = head.hash();
        for (int i = 0; i < count; i++) {
            Waiting event = waiting.get(i);
            byte[] hash = chain.seal(previous, event.fields());
            positions[i] = ++position;
            seqs[i] = event.seq();
            previousHashes[i] = previous;
            hashes[i] = hash;
            previous = hash;
        }
        // one statement each for the whole batch (arrays), not one round trip per seal
        batch.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_seal (chain_position, event_seq, previous_hash, hash)
                    select * from unnest(?::bigint[], ?::bigint[], ?::bytea[], ?::bytea[])""");
            insert.setArray(1, connection.createArrayOf("bigint", positions));
            insert.setArray(2, connection.createArrayOf("bigint", seqs));
            insert.setArray(3, connection.createArrayOf("bytea", previousHashes));
            insert.setArray(4, connection.createArrayOf("bytea", hashes));
            return insert;
        });
        batch.update(connection -> {
            PreparedStatement delete = connection.prepareStatement("delete from audit_pending where event_seq = any(?)");
            delete.setArray(1, connection.createArrayOf("bigint", seqs));
            return delete;
        });
        return waiting.size();
    }

    private Optional<Head> head() {
        return jdbc.sql("select chain_position, hash from audit_seal order by chain_position desc limit 1")
                .query((row, n) -> new Head(row.getLong("chain_position"), row.getBytes("hash")))
                .optional();
    }

    /**
     * Anchors the chain's current head in the anchor file and the log, unless the chain no longer reaches the head
     * anchored before (then the old anchor is kept, as the evidence, and the fault is logged as an error).
     */
    void anchorHead() {
        lastAnchorNanos = System.nanoTime();
        Optional<Head> head = head();
        if (head.isEmpty()) {
            return;
        }
        String hash = HexFormat.of().formatHex(head.get().hash());
        Optional<AuditAnchor.Reading> previous = anchor.read();
        if (previous.isPresent()) {
            AuditAnchor.Reading reading = previous.get();
            if (!reading.signatureValid()) {
                log.error("The audit chain head anchored in {} has a wrong signature; it is kept as it is and no new head "
                        + "is anchored until it is looked into (admin verify-audit)", anchor.file());
                return;
            }
            Optional<String> stillThere = jdbc.sql("select hash from audit_seal where chain_position = ?")
                    .param(reading.head().position()).query(byte[].class).optional().map(HexFormat.of()::formatHex);
            if (!stillThere.equals(Optional.of(reading.head().hash()))) {
                log.error("The audit chain no longer reaches the head anchored at {} (position {}): seals were removed "
                        + "or changed. The anchor is kept; run admin verify-audit", reading.head().anchoredAt(),
                        reading.head().position());
                return;
            }
            if (reading.head().position() == head.get().position()) {
                return;
            }
        }
        AuditAnchor.Head anchored = new AuditAnchor.Head(head.get().position(), hash,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        anchor.write(anchored);
        log.atInfo()
                .addKeyValue("audit.anchor.position", anchored.position())
                .addKeyValue("audit.anchor.hash", anchored.hash())
                .addKeyValue("audit.anchor.time", anchored.anchoredAt().toString())
                .addKeyValue("audit.anchor.signature", anchor.sign(anchored))
                .log("audit chain head anchored position={} hash={} time={} signature={}", anchored.position(),
                        anchored.hash(), anchored.anchoredAt(), anchor.sign(anchored));
    }
}
