package dev.loopcoach.core.intake;

import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Work that must be done before a platform is acknowledged (writing a letter, a setting), bounded so the ack still goes
 * out in time: the platform wants it within 3 seconds. Work that finishes late still finishes; the caller only stops
 * waiting for it.
 */
public final class BeforeAck {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BeforeAck.class);
    /** How long a setting may take to write before the ack: Slack and Discord both want the ack within 3 s. */
    public static final Duration SETTING_BUDGET = Duration.ofMillis(2_000);
    public static final String SLOW_STORE = "My storage is slow right now, so I could not confirm this in time. Check "
            + "with the same command in a minute; if it did not take effect, send it again.";
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

    /** Work that cannot wait on a network or a commit, run on the caller's thread with the same outcomes as {@link #within}. */
    public static <T> Outcome<T> here(Callable<T> work) {
        try {
            return new Outcome.Done<>(work.call());
        } catch (Exception e) {
            return new Outcome.Failed<>(e);
        }
    }

    /**
     * A setting written before the ack, so what the platform is told about is already kept; the reply says what
     * happened. A store that fails says nothing was changed; one slower than {@link #SETTING_BUDGET} says to check.
     * Never throws.
     */
    public static Reply setting(Supplier<Reply> work) {
        return twoStep(() -> {
            Reply reply = work.get();
            return () -> reply;
        }).get();
    }

    /**
     * Work in two steps around the ack: the first writes down what was asked (a claim, a setting) and returns the
     * second, which runs after the ack (a post to send). Failures and slowness of the first step answer as
     * {@link #setting} does. Never throws.
     */
    public static Supplier<Reply> twoStep(
            Supplier<Supplier<Reply>> first) {
        Outcome<Supplier<Reply>> outcome = within(SETTING_BUDGET, first::get);
        if (outcome instanceof Outcome.Done<Supplier<Reply>> done) {
            return done.value();
        }
        if (outcome instanceof Outcome.Failed<?> failed) {
            LOG.warn("a setting could not be written: {}", failed.cause().toString());
            return () -> Reply.error(Intake.COMMAND_NOT_TAKEN);
        }
        LOG.warn("a setting took over {} ms to write; told the person to check", SETTING_BUDGET.toMillis());
        return () -> Reply.error(SLOW_STORE);
    }
}
