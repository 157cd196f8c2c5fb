package org.openace.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The compliance view's settings.
 *
 * @param snapshotCron            when every trade user's daily snapshot is taken (Spring cron, UTC)
 * @param snapshotRetentionDays   how many days of snapshots are kept for the chart
 * @param chartDays               how many days the chart over time shows
 */
@ConfigurationProperties("openace.compliance")
public record ComplianceProperties(
        @DefaultValue("0 50 23 * * *") String snapshotCron,
        @DefaultValue("400") int snapshotRetentionDays,
        @DefaultValue("90") int chartDays) {
}
