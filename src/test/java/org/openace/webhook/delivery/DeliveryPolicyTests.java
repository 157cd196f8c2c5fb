package org.openace.webhook.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openace.test.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery state machine with a clock the test moves: the back-off schedule, the last attempt giving up, the
 * pause of an endpoint after its failures in a row, and a success setting the count back to zero.
 */
class DeliveryPolicyTests {

    final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));

    @Test
    void failedAttemptsAreRetriedAfterOneFiveAndThirtyMinutesTwoAndTwelveHoursThenDaily() {
        DeliveryPolicy policy = new DeliveryPolicy(8, 100);
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(24)};
        int failures = 0;
        for (int attempt = 1; attempt <= 7; attempt++) {
            Instant now = clock.instant();
            DeliveryPolicy.After after = policy.failed(attempt, failures, now);
            assertThat(after.status()).as("attempt %d", attempt).isEqualTo(DeliveryPolicy.Status.PENDING);
            assertThat(after.nextAttemptAt()).as("attempt %d", attempt).isEqualTo(now.plus(expected[attempt - 1]));
            failures = after.consecutiveFailures();
            clock.advance(expected[attempt - 1]);
        }
        DeliveryPolicy.After last = policy.failed(8, failures, clock.instant());
        assertThat(last.status()).as("the 8th attempt is the last").isEqualTo(DeliveryPolicy.Status.FAILED);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(clock.instant()).as("the 8th attempt is about 2 days and 15 hours after the first")
                .isEqualTo(Instant.parse("2026-12-07T10:00:00Z").plus(Duration.ofMinutes(36 + 14 * 60 + 48 * 60)));
    }

    @Test
    void anEndpointIsPausedAtItsFifthFailureInARowAndNotBefore() {
        DeliveryPolicy policy = new DeliveryPolicy(8, 5);
        int failures = 0;
        for (int i = 1; i <= 4; i++) {
            DeliveryPolicy.After after = policy.failed(1, failures, clock.instant());
            assertThat(after.pauseEndpoint()).as("failure %d", i).isFalse();
            failures = after.consecutiveFailures();
            clock.advance(Duration.ofSeconds(10));
        }
        DeliveryPolicy.After fifth = policy.failed(2, failures, clock.instant());
        assertThat(fifth.consecutiveFailures()).isEqualTo(5);
        assertThat(fifth.pauseEndpoint()).isTrue();
        assertThat(fifth.status()).as("the delivery itself waits for its next attempt")
                .isEqualTo(DeliveryPolicy.Status.PENDING);
    }

    @Test
    void aSuccessDeliversAndSetsTheEndpointsFailuresBackToZero() {
        DeliveryPolicy policy = new DeliveryPolicy(8, 5);
        DeliveryPolicy.After failed = policy.failed(1, 3, clock.instant());
        assertThat(failed.consecutiveFailures()).isEqualTo(4);
        DeliveryPolicy.After delivered = policy.succeeded();
        assertThat(delivered.status()).isEqualTo(DeliveryPolicy.Status.DELIVERED);
        assertThat(delivered.consecutiveFailures()).isZero();
        assertThat(delivered.pauseEndpoint()).isFalse();
        // counting starts again: four more failures do not pause it
        int failures = delivered.consecutiveFailures();
        for (int i = 1; i <= 4; i++) {
            DeliveryPolicy.After after = policy.failed(i, failures, clock.instant());
            assertThat(after.pauseEndpoint()).isFalse();
            failures = after.consecutiveFailures();
        }
    }

    @Test
    void oneAttemptAllowedGivesUpAtOnce() {
        assertThat(new DeliveryPolicy(1, 5).failed(1, 0, clock.instant()).status())
                .isEqualTo(DeliveryPolicy.Status.FAILED);
        assertThat(DeliveryPolicy.delayAfter(0)).isZero();
    }
}
