package org.openace.inbox;

import java.time.Clock;
import java.time.LocalDate;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The inbox's scheduled work, on whichever nodes run it: the daily digest of the day before
 * ({@code openace.inbox.digest-cron}, 07:00 in Washington by default; a digest row per user and day makes a second
 * node's run send nothing again), and the purge of notifications read more than {@code openace.inbox.retention} ago
 * ({@code openace.inbox.purge-cron}; deleting twice deletes nothing more).
 */
@Component
@EnableConfigurationProperties(InboxProperties.class)
class InboxJobs {

    private static final Logger log = LoggerFactory.getLogger(InboxJobs.class);

    private final InboxMail mail;
    private final Notifications notifications;
    private final InboxProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    InboxJobs(InboxMail mail, Notifications notifications, InboxProperties properties, AuditTrail audit,
              Clock clock) {
        this.mail = mail;
        this.notifications = notifications;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${openace.inbox.digest-cron:0 0 7 * * *}", zone = "America/New_York")
    void digestOfYesterday() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), InboxMail.ZONE).minusDays(1);
        InboxMail.DigestRun run = mail.digest(yesterday);
        if (run.mails() > 0) {
            log.info("Notification digests of {}: {} mail(s), {} notification(s)", run.day(), run.mails(),
                    run.notifications());
        }
    }

    @Scheduled(cron = "${openace.inbox.purge-cron:0 20 3 * * *}", zone = "UTC")
    void purge() {
        purgeReadBefore(clock.instant().minus(properties.retention()));
    }

    /** Deletes the notifications read before the instant; how many (audited when any). */
    int purgeReadBefore(java.time.Instant readBefore) {
        int purged = notifications.purgeRead(readBefore);
        if (purged > 0) {
            audit.record(AuditRecord.of("INBOX_NOTIFICATIONS_PURGED", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                    .detail("readBefore", readBefore.toString()).detail("notifications", purged));
            log.info("Purged {} notification(s) read before {}", purged, readBefore);
        }
        return purged;
    }
}
