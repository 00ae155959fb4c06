package dev.loopcoach.core.port;

import java.time.Instant;

/** Time as the core sees it; tests and the daily scheduler drive it. */
@FunctionalInterface
public interface Clock {
    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
