package org.openace.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes every active trade user's compliance snapshot once a day ({@code openace.compliance.snapshot-cron}, 23:50
 * UTC by default), so that the chart has a point for days the user did not look, and deletes snapshots older than
 * {@code openace.compliance.snapshot-retention-days}. A snapshot is an upsert of the user's row of the day: nodes
 * running it at once write the same figures.
 */
@Component
class DailyComplianceSnapshot {

    private static final Logger log = LoggerFactory.getLogger(DailyComplianceSnapshot.class);

    private final UserDirectory directory;
    private final ComplianceViews views;
    private final ComplianceSnapshots snapshots;
    private final ComplianceProperties properties;
    private final Clock clock;

    DailyComplianceSnapshot(UserDirectory directory, ComplianceViews views, ComplianceSnapshots snapshots,
                            ComplianceProperties properties, Clock clock) {
        this.directory = directory;
        this.views = views;
        this.snapshots = snapshots;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${openace.compliance.snapshot-cron:0 50 23 * * *}", zone = "UTC")
    void run() {
        int taken = takeAll();
        int deleted = snapshots.deleteBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minusDays(properties.snapshotRetentionDays()));
        log.info("Compliance snapshots: {} taken, {} older ones deleted", taken, deleted);
    }

    /** Every active trade user's snapshot of now; how many were taken. */
    int takeAll() {
        int taken = 0;
        for (UserSummary user : directory.withRole(Role.TRADE)) {
            if (!user.isActive()) {
                continue;
            }
            try {
                views.of(user.id());
                taken++;
            }
            catch (RuntimeException e) {
                // one user's failure (a database hiccup) must not stop the others'; the next run retries
                log.warn("Compliance snapshot of user {} failed: {}", user.id().value(), e.getClass().getSimpleName());
            }
        }
        return taken;
    }
}
