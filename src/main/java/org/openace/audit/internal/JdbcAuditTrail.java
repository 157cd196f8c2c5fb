package org.openace.audit.internal;

import java.time.Clock;
import java.time.Instant;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.platform.ClientAddress;
import org.openace.platform.IdentifiedPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends audit rows to PostgreSQL, one at a time under a transaction-scoped advisory lock, so that the chain
 * order is the commit order. Successes join the caller's transaction (the row commits with the change it
 * describes); failures and refusals are written in a transaction of their own, because the caller usually rolls
 * back after one.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("org.openace.audit");
    /** The advisory lock that serializes appends to the chain. */
    private static final long CHAIN_LOCK = 0x0A_CE_A0D17L;
    private static final String LOCK_HELD = JdbcAuditTrail.class.getName() + ".lockHeld";

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;

    JdbcAuditTrail(JdbcClient jdbc, AuditChain chain, Clock clock, JsonMapper json,
                   PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.clock = clock;
        this.json = json;
        this.joining = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditRecord record) {
        AuditActor actor = record.actor() != null ? record.actor() : currentActor();
        String address = record.clientAddress() != null ? record.clientAddress() : ClientAddress.current();
        boolean ownTransaction = record.outcome() != AuditOutcome.SUCCESS && !chainLockHeldHere();
        (ownTransaction ? separate : joining).executeWithoutResult(status -> append(record, actor, address));
        log.info("audit action={} outcome={} actor={} objectType={} objectId={} address={}", record.action(),
                record.outcome(), actor.name(), record.objectType(), record.objectId(), address);
    }

    private void append(AuditRecord record, AuditActor actor, String address) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
        rememberChainLockHeld();
        byte[] previous = jdbc.sql("select hash from audit_event order by seq desc limit 1")
                .query(byte[].class).optional().orElse(AuditChain.GENESIS);
        AuditChain.SealedFields fields = new AuditChain.SealedFields(Instant.now(clock), actor.id(), actor.name(),
                record.action(), record.objectType(), record.objectId(), record.outcome().name(), address,
                record.details());
        byte[] hash = chain.seal(previous, fields);
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_name, action, object_type, object_id, outcome,
                                         client_address, details, previous_hash, hash)
                values (:at, :actorId, :actorName, :action, :objectType, :objectId, :outcome, :address,
                        cast(:details as jsonb), :previous, :hash)
                """)
                .param("at", java.sql.Timestamp.from(fields.occurredAt()))
                .param("actorId", fields.actorId())
                .param("actorName", fields.actorName())
                .param("action", fields.action())
                .param("objectType", fields.objectType())
                .param("objectId", fields.objectId())
                .param("outcome", fields.outcome())
                .param("address", fields.clientAddress())
                .param("details", json.writeValueAsString(fields.details()))
                .param("previous", previous)
                .param("hash", hash)
                .update();
    }

    /** Marks the current transaction as holding the chain lock, until it completes. */
    private static void rememberChainLockHeld() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(LOCK_HELD)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(LOCK_HELD, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(LOCK_HELD);
            }
        });
    }

    private static boolean chainLockHeldHere() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.hasResource(LOCK_HELD);
    }

    private static AuditActor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof IdentifiedPrincipal principal) {
            return AuditActor.user(principal.userId(), principal.username());
        }
        return AuditActor.ANONYMOUS;
    }
}
