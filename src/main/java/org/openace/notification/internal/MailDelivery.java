package org.openace.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.openace.notification.MailProperties;
import org.openace.platform.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Propagation;

/**
 * Delivers the outbox: each message right after the commit that queued it ({@link MailQueued}, from the event
 * publication registry), and, every {@code openace.mail.retry-check-interval}, the messages due for another attempt
 * after a failure (waits doubling from {@code first-retry-delay} up to {@code max-retry-delay}). After
 * {@code max-attempts} failed attempts a message is marked failed and shown to administrators at
 * {@code /admin/mail}. No attempt runs inside a transaction or holds a lock: see {@link MailOutbox}.
 *
 * <p>The further attempts run each on a thread of their own ({@code attempts}, the application's virtual threads),
 * as the first attempts do, never on the scheduler's thread: a fixed-delay task runs on the portal's single scheduler
 * thread, so attempts made there one after the other would hold every other fixed-delay task of the node (the audit
 * sealer among them) for as many SMTP timeouts as there are messages due. A message is claimed (leased) before its
 * attempt, so the next check does not take it again while the attempt runs.
 */
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;

    private final MailOutbox outbox;
    private final ConfiguredTransport transport;
    private final MailProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    private final Executor attempts;

    MailDelivery(MailOutbox outbox, ConfiguredTransport transport, MailProperties properties, Clock clock,
                 Executor attempts) {
        this.outbox = outbox;
        this.transport = transport;
        this.properties = properties;
        this.backoff = new Backoff(properties.firstRetryDelay(), properties.maxRetryDelay());
        this.clock = clock;
        this.attempts = attempts;
    }

    /** The first attempt, right after the commit (without a transaction: the attempt must hold none). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MailQueued queued) {
        attempt(queued.mailId(), true);
    }

    /** The further attempts of messages whose last attempt failed (or whose node stopped during one). */
    @Scheduled(fixedDelayString = "${openace.mail.retry-check-interval:15s}",
            initialDelayString = "${openace.mail.retry-check-interval:15s}")
    void retryDue() {
        if (!transport.canDeliver()) {
            return;
        }
        for (UUID id : outbox.due(clock.instant(), BATCH)) {
            attempts.execute(() -> retry(id));
        }
    }

    private void retry(UUID id) {
        try {
            attempt(id, false);
        }
        catch (RuntimeException e) {
            // e.g. the database was unreachable: the message stays due (or leased) and a later check tries again
            log.warn("mail retry check failed id={}: {}", id, e.toString());
        }
    }

    /** One attempt at one message, if it can be claimed; true if it went out. */
    boolean attempt(UUID id, boolean first) {
        if (!transport.canDeliver()) {
            return false; // the command line without mail settings: a portal delivers it later
        }
        Optional<MailOutbox.Claimed> claimed = outbox.claim(id, first, clock.instant(), properties.attemptLease());
        if (claimed.isEmpty()) {
            return false; // sent, failed, not due, or taken by another node
        }
        MailOutbox.Claimed mail = claimed.get();
        try {
            transport.deliver(mail.mail());
        }
        catch (RuntimeException e) {
            String error = e instanceof DeliveryFailedException ? e.getMessage() : "Unexpected error: "
                    + e.getClass().getSimpleName();
            if (mail.attempt() >= properties.maxAttempts()) {
                outbox.failed(id, error);
                log.error("mail failed for good id={} kind={} attempts={}: {}", id, mail.mail().kind(),
                        mail.attempt(), error);
            }
            else {
                Instant next = clock.instant().plus(backoff.delayAfter(mail.attempt()));
                outbox.retryAt(id, next, error);
                log.warn("mail not delivered id={} kind={} attempt={}, next attempt at {}: {}", id,
                        mail.mail().kind(), mail.attempt(), next, error);
            }
            return false;
        }
        outbox.sent(id, clock.instant());
        log.info("mail sent id={} kind={} attempt={}", id, mail.mail().kind(), mail.attempt());
        return true;
    }
}
