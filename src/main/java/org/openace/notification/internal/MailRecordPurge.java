package org.openace.notification.internal;

import java.time.Clock;

import org.openace.notification.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Removes the records of messages sent or failed longer than {@code openace.mail.retention} ago, hourly. */
class MailRecordPurge {

    private static final Logger log = LoggerFactory.getLogger(MailRecordPurge.class);

    private final MailOutbox outbox;
    private final MailProperties properties;
    private final Clock clock;

    MailRecordPurge(MailOutbox outbox, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        int removed = outbox.purge(clock.instant().minus(properties.retention()));
        if (removed > 0) {
            log.info("mail records removed after retention: {}", removed);
        }
    }
}
