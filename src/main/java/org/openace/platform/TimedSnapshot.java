package org.openace.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per {@code lifetime}, for data that every page shows and that
 * rarely changes. {@link #forget()} makes the next read fresh (call it after a change on this node).
 */
public final class TimedSnapshot<T> {

    private record Taken<T>(Instant at, T value) {
    }

    private final Duration lifetime;
    private final Clock clock;
    private final Supplier<T> loader;
    private volatile Taken<T> taken;

    public TimedSnapshot(Duration lifetime, Clock clock, Supplier<T> loader) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.loader = loader;
    }

    public T get() {
        Instant now = clock.instant();
        Taken<T> current = taken;
        if (current == null || current.at().plus(lifetime).isBefore(now) || current.at().isAfter(now)) {
            current = new Taken<>(now, loader.get());
            taken = current;
        }
        return current.value();
    }

    public void forget() {
        taken = null;
    }
}
