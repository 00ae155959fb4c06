package dev.loopcoach.slack;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after a request is acknowledged. Tasks of one user run one after another, in arrival order
 * (a Hint click and the next typed answer never race on the same session); different users run in
 * parallel on a small pool. A failing task is logged and does not block the user's later tasks.
 *
 * <p>The queue is bounded ({@link #DEFAULT_CAPACITY}) and prioritised: when the pool is behind, work someone is waiting
 * for (a command's reply) runs before {@link Urgency#BACKGROUND} work (refreshing a Home tab), oldest first within each.
 */
public final class UserWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UserWork.class);

    /** Tasks waiting or running at most; beyond it a burst is told "busy" at once instead of waiting unboundedly. */
    public static final int DEFAULT_CAPACITY = 2_000;

    /** Whether someone waits for this work's result. */
    public enum Urgency {
        /** A person waits for the reply: it goes first. */
        PERSON_WAITING,
        /** Nobody waits now (a Home tab refresh): it runs when no waiting work is queued. */
        BACKGROUND
    }

    private final java.util.concurrent.ThreadPoolExecutor pool;
    private final java.util.concurrent.atomic.AtomicLong arrivals = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicInteger pending = new AtomicInteger();

    public UserWork(int threads) {
        this(threads, DEFAULT_CAPACITY);
    }

    /** Thrown by {@link #submit} when {@code capacity} tasks are already waiting or running. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("the Slack work queue is full", null, false, false);
        }
    }

    public UserWork(int threads, int capacity) {
        this.capacity = capacity;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "slack-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new java.util.concurrent.PriorityBlockingQueue<>(), tf);
    }

    /** Tasks queued or running (the work-queue depth metric). */
    public int pending() {
        return pending.get();
    }

    /** Whether another task would be taken now (a hint: a later {@link #submit} may still find the queue full). */
    public boolean hasRoom() {
        return pending.get() < capacity;
    }

    /** Runs {@code task} after the earlier tasks queued under the same key; someone waits for it. */
    public CompletableFuture<Void> submit(String key, String what, Runnable task) {
        return submit(key, what, Urgency.PERSON_WAITING, task);
    }

    /** Runs {@code task} after the earlier tasks queued under the same key, ahead of less urgent work of others. */
    public CompletableFuture<Void> submit(String key, String what, Urgency urgency, Runnable task) {
        if (pending.incrementAndGet() > capacity) {
            pending.decrementAndGet();
            throw new Busy();
        }
        CompletableFuture<Void>[] mine = newHolder();
        tails.compute(key, (k, previous) -> {
            CompletableFuture<Void> start = previous == null ? CompletableFuture.completedFuture(null) : previous;
            mine[0] = start.handle((ok, err) -> null).thenRunAsync(() -> run(what, task),
                    r -> pool.execute(new Ranked(urgency, arrivals.incrementAndGet(), r)));
            return mine[0];
        });
        mine[0].whenComplete((ok, err) -> {
            tails.remove(key, mine[0]);
            pending.decrementAndGet();
        });
        return mine[0];
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("Slack task '{}' failed", what, e);
        }
    }

    /** A queued task in the pool's priority queue: more urgent first, then in arrival order. */
    private record Ranked(Urgency urgency, long arrival, Runnable task) implements Runnable, Comparable<Ranked> {
        @Override
        public void run() {
            task.run();
        }

        @Override
        public int compareTo(Ranked other) {
            int byUrgency = urgency.compareTo(other.urgency);
            return byUrgency != 0 ? byUrgency : Long.compare(arrival, other.arrival);
        }
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Void>[] newHolder() {
        return (CompletableFuture<Void>[]) new CompletableFuture<?>[1];
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
