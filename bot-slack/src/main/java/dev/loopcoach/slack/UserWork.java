package dev.loopcoach.slack;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after a request is acknowledged. Tasks of one user run one after another, in arrival order
 * (a Hint click and the next typed answer never race on the same session); different users run in
 * parallel on a small pool. A failing task is logged and does not block the user's later tasks.
 */
public final class UserWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UserWork.class);

    /** Tasks waiting or running at most; beyond it a burst is told "busy" at once instead of waiting unboundedly. */
    public static final int DEFAULT_CAPACITY = 2_000;

    private final ExecutorService pool;
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
        this.pool = Executors.newFixedThreadPool(threads, tf);
    }

    /** Tasks queued or running (the work-queue depth metric). */
    public int pending() {
        return pending.get();
    }

    /** Whether another task would be taken now (a hint: a later {@link #submit} may still find the queue full). */
    public boolean hasRoom() {
        return pending.get() < capacity;
    }

    /** Runs {@code task} after the earlier tasks queued under the same key. */
    public CompletableFuture<Void> submit(String key, String what, Runnable task) {
        if (pending.incrementAndGet() > capacity) {
            pending.decrementAndGet();
            throw new Busy();
        }
        CompletableFuture<Void>[] mine = newHolder();
        tails.compute(key, (k, previous) -> {
            CompletableFuture<Void> start = previous == null ? CompletableFuture.completedFuture(null) : previous;
            mine[0] = start.handle((ok, err) -> null).thenRunAsync(() -> run(what, task), pool);
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
