package org.openace.analytics;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analytics store of this node.
 *
 * @param enabled      whether this node keeps an analytics store and feeds it (a node without one serves no reports)
 * @param directory    the folder of the store's DuckDB files (one per node: never shared between nodes)
 * @param pollInterval how often the node pulls the change feed from PostgreSQL (a filing is in the store within about
 *                     this, plus the time to apply it)
 * @param batchSize    entry summaries applied in one DuckDB transaction (the feed and a rebuild read in pages of this)
 * @param seedFrom     a folder written by {@code admin export-analytics --format=parquet}: a node whose store is empty
 *                     (or missing) at start-up loads it from there, then follows the feed from the export's position
 */
@ConfigurationProperties("openace.analytics")
public record AnalyticsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/analytics") Path directory,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1000") int batchSize,
        @Nullable Path seedFrom) {

    public AnalyticsProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("openace.analytics.poll-interval must be positive, not " + pollInterval);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("openace.analytics.batch-size must be 1 to 100000, not " + batchSize);
        }
    }
}
