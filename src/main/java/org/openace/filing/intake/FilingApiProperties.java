package org.openace.filing.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the filing API.
 *
 * @param maxSummarySize  the largest body of one entry summary
 * @param maxBatchSize    the largest body of a batch
 * @param maxBatchSummaries the most summaries in one batch
 */
@ConfigurationProperties("openace.filing.api")
public record FilingApiProperties(
        @DefaultValue("1MB") DataSize maxSummarySize,
        @DefaultValue("32MB") DataSize maxBatchSize,
        @DefaultValue("1000") int maxBatchSummaries) {
}
