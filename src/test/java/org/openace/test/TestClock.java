package org.openace.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in tests: follows real time, shifted by an offset that a test can move forward. Tests that
 * move it call {@link #reset()} afterwards (the application context, and so the clock, is shared).
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final Instant frozenAt;

    /** A clock that follows real time. */
    public TestClock() {
        this(null);
    }

    /** A clock that stands still at {@code frozenAt} until moved (for unit tests). */
    public TestClock(Instant frozenAt) {
        this.frozenAt = frozenAt;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The portal's clock is always UTC");
    }

    @Override
    public Instant instant() {
        return (frozenAt == null ? Instant.now() : frozenAt).plus(offset);
    }
}
