package org.openace.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off between attempts: the wait after the first failed attempt is {@code first}, and it doubles
 * after each further one, up to {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A back-off starts above zero and its maximum is not below its start");
        }
    }

    /** The wait after {@code failedAttempts} failed attempts (1 = after the first). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        Duration delay = first;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
