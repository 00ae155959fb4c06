package dev.loopcoach.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from filling with half-dead chunks. The store commits every transaction to disk at once
 * ({@code WRITE_DELAY=0}, so a commit survives SIGKILL), which also turns off H2's background writer and with it the
 * compaction that rewrites sparse chunks. So, every {@link #EVERY_WRITES} committed writes, one background pass asks the
 * store to rewrite chunks less than {@link #TARGET_FILL} percent live. H2's chunk retention (45 s) is left alone: a
 * shorter one lost the last acknowledged answer after a SIGKILL (the file header lags the newest chunks, and the chunks
 * between were reused), so a burst of writes faster than that still grows the file until the chunks age out. The store's
 * internals are reached through H2's own classes by name; if a future H2 changes them, compaction is switched off with
 * one warning and everything else works as before.
 */
final class H2Compactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Compactor.class);
    static final int EVERY_WRITES = 500;
    static final int TARGET_FILL = 50;
    private static final int WRITE_BYTES = 16 * 1024 * 1024;

    private final DataSource pool;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean enabled = true;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "h2-compact");
        t.setDaemon(true);
        return t;
    });

    private H2Compactor(DataSource pool) {
        this.pool = pool;
    }

    /** Starts keeping an H2 file database small. */
    static H2Compactor on(DataSource pool) {
        return new H2Compactor(pool);
    }

    /** Counts a committed write; every {@link #EVERY_WRITES} of them, a compaction pass runs in the background. */
    void committed() {
        if (enabled && writes.incrementAndGet() % EVERY_WRITES == 0 && running.compareAndSet(false, true)) {
            try {
                worker.execute(this::compactOnce);
            } catch (RejectedExecutionException e) {
                running.set(false);
            }
        }
    }

    /** One pass: rewrites sparse chunks until the file is at least half live, or 16 MB were written. */
    void compactOnce() {
        try (Connection connection = pool.getConnection()) {
            // H2 is a runtime dependency only, so its store is reached by name: connection -> session -> database ->
            // store -> MVStore.compact(targetFillRate, writeBytes)
            Object h2 = connection.unwrap(Class.forName("org.h2.jdbc.JdbcConnection"));
            Object store = call(call(call(call(h2, "getSession"), "getDatabase"), "getStore"), "getMvStore");
            store.getClass().getMethod("compact", int.class, int.class).invoke(store, TARGET_FILL, WRITE_BYTES);
        } catch (SQLException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            enabled = false;
            LOG.warn("H2 file compaction is off for this run: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
