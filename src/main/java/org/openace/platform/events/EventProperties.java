package org.openace.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal looks after the event publication registry (the events between modules).
 *
 * @param retryCheckInterval  how often failed listeners are looked for and run again
 * @param firstRetryDelay     the wait before a failed listener runs again; it doubles after each further failure
 * @param maxRetryDelay       the longest wait between two runs of a failed listener
 * @param completedRetention  how long the record of an event whose listeners all completed is kept
 */
@ConfigurationProperties("openace.events")
record EventProperties(
        @DefaultValue("30s") Duration retryCheckInterval,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("7d") Duration completedRetention) {
}
