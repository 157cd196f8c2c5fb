package org.openace.identity.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inactivity rule (NIST SP 800-53 AC-2(3); CBP practice).
 *
 * @param limit     a user who does not sign in for this long is disabled
 * @param checkCron when the rule is applied (a Spring cron expression, UTC)
 */
@ConfigurationProperties("openace.inactivity")
public record InactivityProperties(
        @DefaultValue("45d") Duration limit,
        @DefaultValue("0 15 * * * *") String checkCron) {
}
