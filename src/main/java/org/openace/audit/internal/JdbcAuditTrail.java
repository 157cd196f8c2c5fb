package org.openace.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends audit rows to PostgreSQL without any lock: one statement inserts the event (its sequence number from the
 * identity column) and queues it for the {@link AuditSealer}, which seals it into the chain shortly after it
 * commits. Successes join the caller's transaction (the row commits with the change it describes, or not at all);
 * failures and refusals are written in a transaction of their own, because the caller usually rolls back after one.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("org.openace.audit");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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
        boolean ownTransaction = record.outcome() != AuditOutcome.SUCCESS;
        (ownTransaction ? separate : joining).executeWithoutResult(status -> append(record, actor, address));
        log.info("audit action={} outcome={} actor={} objectType={} objectId={} address={}", record.action(),
                record.outcome(), actor.name(), record.objectType(), record.objectId(), address);
    }

    private void append(AuditRecord record, AuditActor actor, String address) {
        jdbc.sql("""
                with event as (
                    insert into audit_event (occurred_at, actor_id, actor_name, action, object_type, object_id, outcome,
                                             client_address, details)
                    values (:at, :actorId, :actorName, :action, :objectType, :objectId, :outcome, :address,
                            cast(:details as jsonb))
                    returning seq
                )
                insert into audit_pending (event_seq) select seq from event
                """)
                .param("at", Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)))
                .param("actorId", actor.id())
                .param("actorName", actor.name())
                .param("action", record.action())
                .param("objectType", record.objectType())
                .param("objectId", record.objectId())
                .param("outcome", record.outcome().name())
                .param("address", address)
                .param("details", json.writeValueAsString(record.details()))
                .update();
    }

    private static AuditActor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof IdentifiedPrincipal principal) {
            return AuditActor.user(principal.userId(), principal.username());
        }
        return AuditActor.ANONYMOUS;
    }
}
