package org.openace.identity.factor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Second factors (NIST SP 800-63B AAL2).
 *
 * @param emailCodeValidity   how long an e-mailed code may be used
 * @param emailCodeAttempts   wrong entries after which a code is spent
 * @param emailCodesPerWindow codes that may be sent to one user within {@code emailCodeWindow}
 * @param emailCodeWindow     the window of that limit
 * @param totpIssuer          the name authenticator apps show for the portal
 * @param totpDriftSteps      30-second steps of clock drift accepted either side
 * @param recoveryCodes       how many recovery codes a user gets at a time
 */
@ConfigurationProperties("openace.second-factor")
public record FactorProperties(
        @DefaultValue("10m") Duration emailCodeValidity,
        @DefaultValue("5") int emailCodeAttempts,
        @DefaultValue("5") int emailCodesPerWindow,
        @DefaultValue("15m") Duration emailCodeWindow,
        @DefaultValue("OpenACE") String totpIssuer,
        @DefaultValue("1") int totpDriftSteps,
        @DefaultValue("10") int recoveryCodes) {
}
