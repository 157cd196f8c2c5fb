package org.openace.identity.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout and throttling (NIST SP 800-53 AC-7; SP 800-63B 5.2.2).
 *
 * @param lockoutThreshold consecutive failures (password or second factor) that lock a user
 * @param lockoutWindow    the failures must fall within this window
 * @param lockoutDuration  how long a lock lasts unless an owner or administrator unlocks sooner
 * @param addressLimit     failures from one client address within {@code addressWindow} after which every
 *                         further attempt from that address is refused with HTTP 429 until the window passes
 * @param addressWindow    the window of the per-address limit
 */
@ConfigurationProperties("openace.sign-in")
public record SignInProperties(
        @DefaultValue("3") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutWindow,
        @DefaultValue("30m") Duration lockoutDuration,
        @DefaultValue("10") int addressLimit,
        @DefaultValue("15m") Duration addressWindow) {
}
