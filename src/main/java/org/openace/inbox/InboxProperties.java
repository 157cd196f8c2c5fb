package org.openace.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications inbox.
 *
 * @param digestCron when the daily digest of the day before is mailed (a Spring cron expression in America/New_York;
 *                   {@code -} turns it off)
 * @param retention  how long a read notification is kept (unread ones are kept until read)
 * @param purgeCron  when read notifications past their retention are deleted (a Spring cron expression, UTC;
 *                   {@code -} turns it off)
 */
@ConfigurationProperties("openace.inbox")
public record InboxProperties(
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("180d") Duration retention,
        @DefaultValue("0 20 3 * * *") String purgeCron) {

    public InboxProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("openace.inbox.retention must be positive, not " + retention);
        }
    }
}
