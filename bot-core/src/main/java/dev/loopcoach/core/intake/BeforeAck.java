package dev.loopcoach.core.intake;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work that must be done before a platform is acknowledged (writing a letter, a setting), bounded so the ack still goes
 * out in time: the platform wants it within 3 seconds. Work that finishes late still finishes; the caller only stops
 * waiting for it.
 */
public final class BeforeAck {
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "before-ack");
        t.setDaemon(true);
        return t;
    });

    private BeforeAck() {
    }

    /** How the bounded work went. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {
        }

        /** It threw: {@code cause} is what it threw. */
        record Failed<T>(Throwable cause) implements Outcome<T> {
        }

        /** It did not finish within the budget (it may still finish later). */
        record Late<T>() implements Outcome<T> {
        }
    }

    public static <T> Outcome<T> within(Duration budget, Callable<T> work) {
        Future<T> done = WORKERS.submit(work);
        try {
            return new Outcome.Done<>(done.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return new Outcome.Failed<>(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            return new Outcome.Late<>();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed<>(e);
        }
    }
}
