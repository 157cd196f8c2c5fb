package org.openace.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Per-client-address throttling: after {@code addressLimit} failures within the window, every further attempt
 * from that address is refused (HTTP 429) before any password is hashed, so that guessing across many accounts is
 * slow and a flood of wrong passwords does not take the CPU from real users.
 */
@Component
public class AddressThrottle {

    private final SignInFailures failures;
    private final SignInProperties properties;
    private final Clock clock;

    AddressThrottle(SignInFailures failures, SignInProperties properties, Clock clock) {
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the address must wait, if it is throttled now. */
    public Optional<Duration> retryAfter(String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.addressWindow());
        if (failures.countForAddressSince(clientAddress, since) < properties.addressLimit()) {
            return Optional.empty();
        }
        Instant oldest = failures.oldestForAddressSince(clientAddress, since).orElse(now);
        Duration wait = Duration.between(now, oldest.plus(properties.addressWindow()));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
