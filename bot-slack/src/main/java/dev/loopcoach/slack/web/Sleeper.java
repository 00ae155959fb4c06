package dev.loopcoach.slack.web;

import java.time.Duration;

/** Waiting, injectable so tests can observe how long a rate-limited call waited. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
