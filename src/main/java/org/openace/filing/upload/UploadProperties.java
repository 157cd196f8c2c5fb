package org.openace.filing.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of uploads of entry summary files.
 *
 * @param maxFileSize  the largest file accepted (413 or a form error above it); the multipart limits of
 *                     {@code spring.servlet.multipart} must be at least this
 * @param maxSummaries the most entry summaries in one file (the rest are refused line by line)
 * @param batchSize    summaries filed together before their results are committed
 * @param parallelism  slices of a batch filed at the same time on one node, each slice in one transaction
 * @param pollInterval how often each node looks for a waiting upload
 * @param retention    how long after a job finished the file's content is kept (its results stay): 7 days, because
 *                     the content holds importer numbers (which may be Social Security numbers) as sent, unsealed,
 *                     while everything filed from it is kept sealed in the entries and every line's outcome in the
 *                     results; a week leaves the filer and the help desk a working week to look into a job
 * @param purgeCron    when the content past its retention is deleted (a Spring cron expression, UTC; {@code -} turns
 *                     it off)
 */
@ConfigurationProperties("openace.filing.upload")
public record UploadProperties(
        @DefaultValue("256MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxSummaries,
        @DefaultValue("32") int batchSize,
        @DefaultValue("4") int parallelism,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("0 45 * * * *") String purgeCron) {

    public UploadProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("openace.filing.upload.retention must be positive, not " + retention);
        }
    }
}
