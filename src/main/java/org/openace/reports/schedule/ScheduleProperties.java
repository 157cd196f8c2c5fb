package org.openace.reports.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of report schedules.
 *
 * @param pollInterval how often a node looks for schedules due (a schedule runs at most this late)
 */
@ConfigurationProperties("openace.reports.schedules")
record ScheduleProperties(@DefaultValue("30s") Duration pollInterval) {

    ScheduleProperties {
        if (pollInterval.compareTo(Duration.ofMillis(100)) < 0 || pollInterval.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("openace.reports.schedules.poll-interval must be from 100ms to 10m, not "
                    + pollInterval);
        }
    }
}
