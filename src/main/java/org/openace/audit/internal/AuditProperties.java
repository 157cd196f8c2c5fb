package org.openace.audit.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit chain's sealer.
 *
 * @param sealInterval   how often the sealer seals the events committed since its last pass
 * @param sealBatch      events sealed per transaction
 * @param sealGrace      how long an event may wait to be sealed before {@code verify-audit} calls it a fault
 * @param anchorFile     where the signed head of the chain is kept, outside the database
 * @param anchorInterval how often the head is anchored (and logged); also on every orderly stop
 */
@ConfigurationProperties("openace.audit")
record AuditProperties(
        @DefaultValue("500ms") Duration sealInterval,
        @DefaultValue("1000") int sealBatch,
        @DefaultValue("1m") Duration sealGrace,
        @DefaultValue("data/audit/chain-head.anchor") Path anchorFile,
        @DefaultValue("1m") Duration anchorInterval) {

    AuditProperties {
        if (sealBatch < 1) {
            throw new IllegalArgumentException("openace.audit.seal-batch must be at least 1");
        }
    }
}
