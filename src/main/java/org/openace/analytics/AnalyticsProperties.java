package org.openace.analytics;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the analytics store of this node.
 *
 * @param enabled      whether this node keeps an analytics store and feeds it (a node without one serves no reports)
 * @param directory    the folder of the store's DuckDB files (one per node: never shared between nodes)
 * @param pollInterval how often the node pulls the change feed from PostgreSQL (a filing is in the store within about
 *                     this, plus the time to apply it)
 * @param batchSize    entry summaries the feed reads and applies in one DuckDB transaction (a rebuild, which nothing
 *                     waits for, uses pages of 10,000)
 * @param seedFrom     a folder written by {@code admin export-analytics --format=parquet}: a node whose store is empty
 *                     (or missing) at start-up loads it from there, then follows the feed from the export's position
 * @param memoryLimit  the most memory DuckDB may take for a store file it has open, beside the JVM's heap (empty:
 *                     DuckDB's own default, 80% of the machine's memory); a rebuild has two files open
 * @param threads      the threads DuckDB works with per store file (0: DuckDB's default, one per core)
 */
@ConfigurationProperties("openace.analytics")
public record AnalyticsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/analytics") Path directory,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1000") int batchSize,
        @Nullable Path seedFrom,
        @Nullable DataSize memoryLimit,
        @DefaultValue("0") int threads) {

    public AnalyticsProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("openace.analytics.poll-interval must be positive, not " + pollInterval);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("openace.analytics.batch-size must be 1 to 100000, not " + batchSize);
        }
        if (memoryLimit != null && memoryLimit.toMegabytes() < 64) {
            throw new IllegalArgumentException("openace.analytics.memory-limit must be at least 64MB, not " + memoryLimit);
        }
        if (threads < 0 || threads > 1024) {
            throw new IllegalArgumentException("openace.analytics.threads must be 0 (DuckDB's default) to 1024, not "
                    + threads);
        }
    }
}
