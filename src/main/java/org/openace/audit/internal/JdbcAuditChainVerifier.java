package org.openace.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditChainVerifier;
import org.openace.audit.ChainVerification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the audit chain: seals what is waiting, then, in one snapshot of the database, walks the seals in chain
 * order (streaming) and recomputes each from the current fields of the event it seals, then looks for events that
 * are in no seal, then compares the chain with the head anchored outside the database. Finds an edited event (its
 * seal no longer matches), a removed event (a seal without its event), a removed, inserted or reordered seal (a
 * gap in the positions, or a seal that does not follow the one before it), an event left unsealed longer than
 * {@code openace.audit.seal-grace}, and the newest events and seals removed together (the anchored head is gone).
 */
@Component
class JdbcAuditChainVerifier implements AuditChainVerifier {

    /** How long a verification waits for another node's sealing pass before it looks. */
    static final Duration SEALER_WAIT = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final AuditChain chain;
    private final AuditSealer sealer;
    private final AuditAnchor anchor;
    private final AuditProperties properties;
    private final JsonMapper json;
    private final TransactionTemplate snapshot;
    private final Duration sealerWait;

    @Autowired
    JdbcAuditChainVerifier(DataSource dataSource, AuditChain chain, AuditSealer sealer, AuditAnchor anchor,
                           AuditProperties properties, JsonMapper json, PlatformTransactionManager transactions) {
        this(dataSource, chain, sealer, anchor, properties, json, transactions, SEALER_WAIT);
    }

    /** With another wait for a sealing pass of another node (tests that hold the sealer's lock wait less). */
    JdbcAuditChainVerifier(DataSource dataSource, AuditChain chain, AuditSealer sealer, AuditAnchor anchor,
                           AuditProperties properties, JsonMapper json, PlatformTransactionManager transactions,
                           Duration sealerWait) {
        this.sealerWait = sealerWait;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.chain = chain;
        this.sealer = sealer;
        this.anchor = anchor;
        this.properties = properties;
        this.json = json;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public ChainVerification verify() {
        sealer.sealPending(sealerWait);
        return snapshot.execute(status -> check());
    }

    private ChainVerification check() {
        Walk walk = new Walk();
        jdbc.query("select s.chain_position, s.event_seq, s.previous_hash, s.hash, e.seq is not null as present, "
                + SealedEvents.COLUMNS + """
                 from audit_seal s left join audit_event e on e.seq = s.event_seq
                order by s.chain_position""", walk);
        Unsealed unsealed = new Unsealed();
        jdbc.query("""
                select e.seq, p.event_seq is not null as queued,
                       coalesce(p.queued_at < now() - make_interval(secs => ?), false) as overdue
                from audit_event e
                     left join audit_seal s on s.event_seq = e.seq
                     left join audit_pending p on p.event_seq = e.seq
                where s.event_seq is null
                order by e.seq""", unsealed, (double) properties.sealGrace().toMillis() / 1000);
        if (unsealed.lost != null) {
            walk.breakAt(null, unsealed.lost, "Event " + unsealed.lost + " is in no seal and not waiting to be sealed: "
                    + "its seal was removed.");
        }
        if (unsealed.overdue != null) {
            walk.breakAt(null, unsealed.overdue, "Event " + unsealed.overdue + " has waited more than "
                    + properties.sealGrace().toSeconds() + " s to be sealed: is the sealer running?");
        }
        Long anchoredPosition = null;
        Optional<AuditAnchor.Reading> anchored = anchor.read();
        if (anchored.isPresent()) {
            AuditAnchor.Reading reading = anchored.get();
            anchoredPosition = reading.head().position();
            if (!reading.signatureValid()) {
                walk.breakAt(null, null, "The anchored head in " + anchor.file() + " has a wrong signature: the file was "
                        + "changed outside the portal, or the audit key is not the one it was signed with.");
            }
            else {
                Optional<String> hash = jdbc.query("select hash from audit_seal where chain_position = ?",
                        (row, n) -> HexFormat.of().formatHex(row.getBytes("hash")), anchoredPosition).stream().findFirst();
                if (hash.isEmpty()) {
                    walk.breakAt(walk.lastPosition + 1, null, "The chain ends at position " + walk.lastPosition
                            + ", but its head was anchored at position " + anchoredPosition + " on "
                            + reading.head().anchoredAt() + ": the newest events and their seals were removed.");
                }
                else if (!hash.get().equals(reading.head().hash())) {
                    walk.breakAt(anchoredPosition, null, "The seal at chain position " + anchoredPosition
                            + " is not the head anchored there on " + reading.head().anchoredAt()
                            + ": seals were replaced.");
                }
            }
        }
        return new ChainVerification(walk.rows, walk.lastPosition, walk.lastSeq,
                HexFormat.of().formatHex(walk.expectedPrevious), unsealed.pending, anchoredPosition,
                walk.brokenPosition, walk.brokenSeq, walk.problem);
    }

    private final class Walk implements RowCallbackHandler {
        long rows;
        long lastPosition;
        long lastSeq;
        byte[] expectedPrevious = AuditChain.GENESIS;
        @Nullable Long brokenPosition;
        @Nullable Long brokenSeq;
        @Nullable String problem;

        @Override
        public void processRow(ResultSet row) throws SQLException {
            rows++;
            long position = row.getLong("chain_position");
            long seq = row.getLong("event_seq");
            byte[] previous = row.getBytes("previous_hash");
            byte[] hash = row.getBytes("hash");
            if (position != lastPosition + 1) {
                breakAt(lastPosition + 1, seq, "The seal at chain position " + (lastPosition + 1) + " is missing: "
                        + "seals were removed.");
            }
            else if (!Arrays.equals(previous, expectedPrevious)) {
                breakAt(position, seq, "The seal at chain position " + position + " (event " + seq + ") does not "
                        + "follow the seal before it: seals were removed, inserted or reordered.");
            }
            else if (!row.getBoolean("present")) {
                breakAt(position, seq, "Event " + seq + ", sealed at chain position " + position + ", was removed.");
            }
            else if (!Arrays.equals(hash, chain.seal(previous, SealedEvents.fields(row, json)))) {
                breakAt(position, seq, "Event " + seq + ", sealed at chain position " + position
                        + ", was changed after it was sealed (or its seal was).");
            }
            lastPosition = position;
            lastSeq = seq;
            expectedPrevious = hash;
        }

        /** Keeps the first fault found. */
        void breakAt(@Nullable Long position, @Nullable Long seq, String what) {
            if (problem == null) {
                brokenPosition = position;
                brokenSeq = seq;
                problem = what;
            }
        }
    }

    private static final class Unsealed implements RowCallbackHandler {
        long pending;
        @Nullable Long lost;
        @Nullable Long overdue;

        @Override
        public void processRow(ResultSet row) throws SQLException {
            long seq = row.getLong("seq");
            if (!row.getBoolean("queued")) {
                lost = lost == null ? seq : lost;
            }
            else if (row.getBoolean("overdue")) {
                overdue = overdue == null ? seq : overdue;
            }
            else {
                pending++;
            }
        }
    }
}
