package dev.loopcoach.core.intake;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a pass now and then every {@code period} on one daemon thread of its own, until closed: the inbox sweeps of the
 * platform adapters. A pass that throws is reported by the pass itself; the schedule goes on.
 */
public final class Sweeper implements AutoCloseable {
    private final ScheduledExecutorService thread;

    private Sweeper(String name) {
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public static Sweeper every(String name, Duration period, Runnable pass) {
        Sweeper s = new Sweeper(name);
        s.thread.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
            } catch (RuntimeException e) {
                // a failing pass must not cancel the schedule (a scheduled task that throws never runs again)
                org.slf4j.LoggerFactory.getLogger(Sweeper.class).warn("{} pass failed: {}", name, e.toString());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
