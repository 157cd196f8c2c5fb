package org.openace.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The delivery state machine (ADR 017). A delivery is {@code PENDING} until an attempt is answered with a 2xx status
 * ({@code DELIVERED}) or its {@code maxAttempts}-th attempt fails ({@code FAILED}); after a failed attempt the next is
 * due after the back-off of {@link #SCHEDULE} (1 min, 5 min, 30 min, 2 h, 12 h, then 24 h). An endpoint counts its
 * consecutive failed attempts: a success sets the count back to zero, and the {@code pauseAfterFailures}-th failure
 * in a row pauses it (its deliveries wait, pending, until an owner resumes it).
 */
final class DeliveryPolicy {

    /** The wait after the 1st, 2nd, ... failed attempt; the last repeats. */
    static final List<Duration> SCHEDULE = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12), Duration.ofHours(24));

    enum Status { PENDING, DELIVERED, FAILED }

    /** Where a delivery stands after an attempt, and where its endpoint does. */
    record After(Status status, @Nullable Instant nextAttemptAt, int consecutiveFailures, boolean pauseEndpoint) {
    }

    private final int maxAttempts;
    private final int pauseAfterFailures;

    DeliveryPolicy(int maxAttempts, int pauseAfterFailures) {
        if (maxAttempts < 1 || pauseAfterFailures < 1) {
            throw new IllegalArgumentException("At least one attempt, and a pause after at least one failure");
        }
        this.maxAttempts = maxAttempts;
        this.pauseAfterFailures = pauseAfterFailures;
    }

    static DeliveryPolicy of(WebhookProperties properties) {
        return new DeliveryPolicy(properties.maxAttempts(), properties.pauseAfterFailures());
    }

    /** The wait after {@code failedAttempts} failed attempts (1 = after the first). */
    static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        return SCHEDULE.get(Math.min(failedAttempts, SCHEDULE.size()) - 1);
    }

    /** The {@code attempt}-th attempt (1 = the first) was answered with a 2xx status. */
    After succeeded() {
        return new After(Status.DELIVERED, null, 0, false);
    }

    /**
     * The {@code attempt}-th attempt failed at {@code now}; the endpoint had {@code failuresBefore} failed attempts
     * in a row before it.
     */
    After failed(int attempt, int failuresBefore, Instant now) {
        int failures = failuresBefore + 1;
        boolean pause = failures >= pauseAfterFailures;
        if (attempt >= maxAttempts) {
            return new After(Status.FAILED, null, failures, pause);
        }
        return new After(Status.PENDING, now.plus(delayAfter(attempt)), failures, pause);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    int pauseAfterFailures() {
        return pauseAfterFailures;
    }
}
