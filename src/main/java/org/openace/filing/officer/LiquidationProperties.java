package org.openace.filing.officer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deemed liquidation (19 U.S.C. 1504(a)): entries not liquidated nor extended by their deadline.
 *
 * @param deemCron  when entries past their liquidation deadline are deemed liquidated (a Spring cron expression,
 *                  UTC; {@code -} turns it off)
 * @param batchSize how many entries one transaction deems
 */
@ConfigurationProperties("openace.filing.liquidation")
record LiquidationProperties(
        @DefaultValue("0 30 4 * * *") String deemCron,
        @DefaultValue("500") int batchSize) {

    LiquidationProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("openace.filing.liquidation.batch-size is 1 to 10000, not " + batchSize);
        }
    }
}
