package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it. */
public final class ManualClock implements Clock {
    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public static ManualClock at(String isoInstant) {
        return new ManualClock(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public void set(Instant at) {
        now.set(at);
    }

    public Instant advance(Duration by) {
        return now.updateAndGet(t -> t.plus(by));
    }
}
