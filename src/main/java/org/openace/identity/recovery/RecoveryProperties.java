package org.openace.identity.recovery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password recovery (NIST SP 800-63B 6.1.2.3; OWASP ASVS 6.4).
 *
 * @param linkValidity          how long an e-mailed reset link may be used
 * @param firstPasswordValidity how long the link a new user gets to set a first password may be used
 * @param mailsPerHour          most reset mails sent for one user in an hour
 */
@ConfigurationProperties("openace.recovery")
public record RecoveryProperties(
        @DefaultValue("60m") Duration linkValidity,
        @DefaultValue("72h") Duration firstPasswordValidity,
        @DefaultValue("5") int mailsPerHour) {
}
