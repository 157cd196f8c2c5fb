package org.openace.platform.events;

import java.time.Clock;
import java.time.Instant;

import org.openace.platform.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry moving: a listener that failed runs again, with waits doubling from
 * {@code openace.events.first-retry-delay} up to {@code max-retry-delay} (counted from its last run), until it
 * completes; the records of events whose listeners all completed are removed after
 * {@code openace.events.completed-retention}. Events published but never processed because the node stopped are
 * republished when the portal starts again ({@code spring.modulith.republish-outstanding-events-on-restart}).
 */
@Component
@EnableConfigurationProperties(EventProperties.class)
class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final EventProperties properties;
    private final Backoff backoff;
    private final Clock clock;

    EventPublicationMaintenance(FailedEventPublications failed, CompletedEventPublications completed,
                                EventProperties properties, Clock clock) {
        this.failed = failed;
        this.completed = completed;
        this.properties = properties;
        this.backoff = new Backoff(properties.firstRetryDelay(), properties.maxRetryDelay());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${openace.events.retry-check-interval:30s}",
            initialDelayString = "${openace.events.retry-check-interval:30s}")
    void resubmitFailed() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> due(publication, now)));
    }

    /** Whether a failed publication has waited long enough since its last run. */
    boolean due(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        boolean due = !last.plus(backoff.delayAfter(Math.max(1, publication.getCompletionAttempts()))).isAfter(now);
        if (due) {
            log.warn("event listener runs again: event={} attempts={}",
                    publication.getEvent().getClass().getSimpleName(), publication.getCompletionAttempts());
        }
        return due;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(properties.completedRetention());
    }
}
