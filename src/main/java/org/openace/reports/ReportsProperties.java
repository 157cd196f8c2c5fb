package org.openace.reports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of report runs.
 *
 * @param resultsDirectory the folder where runs write their rows (Parquet files): one folder that every node shares
 *                         (a network file system in production, like the document store), so that any node serves
 *                         any run's pages and downloads
 * @param workers          runs this node works on at once (each takes DuckDB threads of the analytics store)
 * @param pollInterval     how often a node looks for runs waiting (a run asked for on this node starts at once)
 * @param staleAfter       a run whose node has written no heartbeat for this long is taken to have lost its node
 *                         and is queued again (at most three attempts)
 * @param resultRetention  how long a run's rows are kept after it finished; the run stays in the history, its rows
 *                         are deleted (run it again for them)
 * @param maxActiveRuns    runs one user or API token may have waiting or running at once (scheduled runs not
 *                         counted): asking for one more is refused, with the reason, until one ends
 */
@ConfigurationProperties("openace.reports")
public record ReportsProperties(
        @DefaultValue("data/report-results") Path resultsDirectory,
        @DefaultValue("2") int workers,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration staleAfter,
        @DefaultValue("30d") Duration resultRetention,
        @DefaultValue("10") int maxActiveRuns) {

    public ReportsProperties {
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("openace.reports.workers must be 1 to 64, not " + workers);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("openace.reports.poll-interval must be positive, not " + pollInterval);
        }
        if (staleAfter.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException("openace.reports.stale-after must be at least 5s, not " + staleAfter);
        }
        if (maxActiveRuns < 1 || maxActiveRuns > 1000) {
            throw new IllegalArgumentException("openace.reports.max-active-runs must be 1 to 1000, not "
                    + maxActiveRuns);
        }
        if (resultRetention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("openace.reports.result-retention must be at least 1h, not "
                    + resultRetention);
        }
    }
}
