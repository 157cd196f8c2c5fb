package org.openace.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Mailer} on the outbox: the message is sealed into {@code outgoing_mail} and {@link MailQueued} published,
 * both in the caller's transaction (a transaction of its own if the caller has none). Nothing here talks to a mail
 * server; {@link MailDelivery} does, after the commit.
 */
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final MailOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxMailer(MailOutbox outbox, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        UUID id = outbox.queue(mail, clock.instant());
        events.publishEvent(new MailQueued(id));
        log.info("mail queued id={} kind={}", id, mail.kind());
    }
}
