package org.openace.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator has a failed or waiting message tried again now, with a fresh count of attempts (audited as
 * {@code MAIL_RETRY_REQUESTED}); the attempt runs after the commit like any first attempt.
 */
class RequeueMail {

    static final String ACTION = "MAIL_RETRY_REQUESTED";

    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequeueMail(MailOutbox outbox, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** False if there is no such message or it was sent meanwhile (audited as a failure). */
    @Transactional
    public boolean requeue(UUID id) {
        if (!outbox.requeue(id, clock.instant())) {
            audit.record(AuditRecord.of(ACTION, AuditOutcome.FAILURE).object("OUTGOING_MAIL", id)
                    .detail("reason", "NOT_WAITING"));
            return false;
        }
        audit.record(AuditRecord.of(ACTION, AuditOutcome.SUCCESS).object("OUTGOING_MAIL", id));
        events.publishEvent(new MailQueued(id));
        return true;
    }
}
