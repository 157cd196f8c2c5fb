package org.openace.identity.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session time limits (NIST SP 800-53 AC-11, AC-12; SP 800-63B AAL2).
 *
 * @param idleTimeout              a signed-in session ends after this long without activity
 * @param governmentIdleTimeout    the idle limit of customs and agency users who administer (administrators)
 * @param warningBefore            how long before the idle limit the "stay signed in" warning appears
 * @param absoluteTimeout          a session ends this long after sign-in, whatever the activity
 * @param cookieName               the session cookie ({@code __Host-} prefixed in production)
 * @param secureCookie             send the session cookie over HTTPS only (browsers treat localhost as secure)
 */
@ConfigurationProperties("openace.session")
public record SessionProperties(
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("10m") Duration governmentIdleTimeout,
        @DefaultValue("2m") Duration warningBefore,
        @DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("OPENACE_SESSION") String cookieName,
        @DefaultValue("true") boolean secureCookie) {

    public SessionProperties {
        if (warningBefore.compareTo(idleTimeout) >= 0 || warningBefore.compareTo(governmentIdleTimeout) >= 0) {
            throw new IllegalArgumentException("openace.session.warning-before must be shorter than the idle time-outs");
        }
    }
}
