package dev.loopcoach.storage;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from filling with dead chunks. The store commits every transaction to disk at once
 * ({@code WRITE_DELAY=0}, so a commit survives SIGKILL), which also turns off H2's background housekeeping. So this does
 * that housekeeping itself: it rewrites chunks less than {@link #TARGET_FILL} percent live, and once the file is mostly
 * holes it moves the chunks to its front, so the file shrinks. A pass runs every {@link #EVERY_WRITES} committed writes
 * (a small rewrite), and every 10 seconds while nothing is written (see {@link #compactOnce}), so after a burst the file
 * shrinks again within a minute or two of quiet (StorageGrowth: 1.2 GB after 20,000 sessions, 196 MB after 60 s).
 *
 * <p>H2 keeps a dead chunk 45 s before its space may be reused, and that is left alone: a shorter retention lost the
 * last acknowledged answer after a SIGKILL. So a burst of writes grows the file by what it writes in 45 s; the quiet
 * passes give the space back afterwards. Moving chunks is crash-safe by H2's design (it syncs the file before
 * overwriting or truncating). The store's internals are reached through H2's own classes by name; if a future H2
 * changes them, compaction is switched off with one warning and everything else works as before.
 */
final class H2Compactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Compactor.class);
    static final int EVERY_WRITES = 500;
    static final int TARGET_FILL = 50;
    /**
     * Chunks are moved to shrink the file when less than this percent of it is in use. H2 copies the chunks it moves to
     * the end of the file first and only then into the holes, so a move grows the file by what is in use before it
     * cuts it; a low threshold keeps that detour small (a 1.4 GB file moved at half full went to 2 GB for a minute).
     */
    static final int MOVE_BELOW_FILL = 30;
    /**
     * A smaller file is moved at a higher fill, while what is in use (the detour) stays under
     * {@link #SMALL_DETOUR_BYTES}: after 50,000 sessions one move left 345 MB at about half in use, which the 30% bound
     * alone would have kept.
     */
    static final int MOVE_SMALL_BELOW_FILL = 60;
    static final long SMALL_DETOUR_BYTES = 256L * 1024 * 1024;
    static final long QUIET_PASS_EVERY_SECONDS = 10;
    /**
     * How long a quiet pass may keep going. It works in steps of {@link #WRITE_BYTES} and stops between steps at the
     * first write, so a long budget costs a write that arrives at most one step's wait; it lets the file shrink back
     * within minutes of a burst instead of hours.
     */
    private static final long QUIET_PASS_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(9);
    /** What a quiet pass rewrites or moves per step; it stops between steps as soon as anything is written. */
    private static final int WRITE_BYTES = 4 * 1024 * 1024;
    /**
     * What a pass under load rewrites: little, because the rewrite holds H2's store lock and every commit waits for it,
     * an ack's inbox letter too.
     */
    private static final int WRITE_BYTES_UNDER_LOAD = 1024 * 1024;

    private final DataSource pool;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long writesAtLastQuietCheck = -1;
    private volatile boolean enabled = true;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "h2-compact");
        t.setDaemon(true);
        return t;
    });

    private H2Compactor(DataSource pool) {
        this.pool = pool;
    }

    /** Starts keeping an H2 file database small. */
    static H2Compactor on(DataSource pool) {
        H2Compactor compactor = new H2Compactor(pool);
        compactor.worker.scheduleWithFixedDelay(compactor::quietPass, QUIET_PASS_EVERY_SECONDS, QUIET_PASS_EVERY_SECONDS,
                TimeUnit.SECONDS);
        return compactor;
    }

    /** Counts a committed write; every {@link #EVERY_WRITES} of them, a compaction pass runs in the background. */
    void committed() {
        if (enabled && writes.incrementAndGet() % EVERY_WRITES == 0 && running.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    try {
                        compactOnce(false, 0);
                    } finally {
                        running.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                running.set(false);
            }
        }
    }

    /** When nothing was written since the last check, keeps compacting for up to the budget. */
    private void quietPass() {
        long now = writes.get();
        boolean quiet = now == writesAtLastQuietCheck;
        writesAtLastQuietCheck = now;
        if (enabled && quiet && running.compareAndSet(false, true)) {
            try {
                compactOnce(true, QUIET_PASS_BUDGET_NANOS).ifPresent(H2Compactor::log);
            } finally {
                running.set(false);
            }
        }
    }

    /** What one quiet pass did, for the log: an operator can see the file shrink, or why it did not. */
    record Pass(long sizeBefore, long sizeAfter, int percentInUse, int rewrites, boolean moved, long nanos, String stoppedBecause) {
        boolean didSomething() {
            return rewrites > 0 || moved;
        }
    }

    private static void log(Pass pass) {
        if (pass.sizeAfter() < pass.sizeBefore() - 16L * 1024 * 1024) {
            LOG.info("H2 file compacted while quiet: {} MB ({}% in use) -> {} MB in {} ms ({} rewrites; {})",
                    pass.sizeBefore() >> 20, pass.percentInUse(), pass.sizeAfter() >> 20, pass.nanos() / 1_000_000,
                    pass.rewrites(), pass.stoppedBecause());
        } else if (pass.didSomething()) {
            LOG.debug("H2 quiet pass: {} MB ({}% in use) -> {} MB in {} ms ({} rewrites; {})", pass.sizeBefore() >> 20,
                    pass.percentInUse(), pass.sizeAfter() >> 20, pass.nanos() / 1_000_000, pass.rewrites(),
                    pass.stoppedBecause());
        }
    }

    /**
     * One pass. Under load it rewrites up to 1 MB of sparse chunks and returns. A quiet pass first frees the chunks whose
     * retention has passed; then, when the file is less than {@link #MOVE_BELOW_FILL} percent in use (or, for a smaller
     * file, {@link #MOVE_SMALL_BELOW_FILL}), it moves every
     * chunk that lies after the first hole to the front in one go, and the file is cut after the last one; then it
     * rewrites sparse chunks in steps of 4 MB while the budget lasts and nothing is written (the chunks that empties are
     * freed and moved by a later pass). It moves them all because H2 picks which chunks to move by the holes around them,
     * not by where they are: moved a few megabytes at a time, the chunks at the file's end were never picked and the
     * file never shrank. The move holds H2's store lock while it copies what is in use (about a second for 100 MB), so it
     * runs only when quiet; an ack does not wait for it (the inbox journal keeps letters without H2).
     *
     * @return what a quiet pass did; empty for a pass under load, or when compaction is off
     */
    Optional<Pass> compactOnce(boolean quiet, long budgetNanos) {
        long started = System.nanoTime();
        long stopAt = started + budgetNanos;
        long writesAtStart = writes.get();
        try (Connection connection = pool.getConnection()) {
            // H2 is a runtime dependency only, so its store is reached by name: connection -> session -> database ->
            // store -> MVStore.compact(targetFillRate, writeBytes), and MVStore -> FileStore.compactMoveChunks(...)
            Object h2 = connection.unwrap(Class.forName("org.h2.jdbc.JdbcConnection"));
            Object store = call(call(call(call(h2, "getSession"), "getDatabase"), "getStore"), "getMvStore");
            Object file = call(store, "getFileStore");
            Method compact = store.getClass().getMethod("compact", int.class, int.class);
            Method mover = moveMethod(file);
            if (!quiet) {
                compact.invoke(store, TARGET_FILL, WRITE_BYTES_UNDER_LOAD);
                return Optional.empty(); // the next commit writes what was rewritten
            }
            long sizeBefore = (long) call(file, "size");
            // first free the chunks whose retention has passed: H2 frees dead chunks only when it stores or moves, and
            // a quiet store does neither, so its fill rate never fell and nothing was ever moved (a zero fill target
            // runs just that part of H2's move, under its own locks)
            mover.invoke(file, 0, 0L, store);
            boolean moved = false;
            String stopped = "nothing to do";
            int inUse = (int) call(file, "getFillRate");
            if (inUse < MOVE_BELOW_FILL || inUse < MOVE_SMALL_BELOW_FILL && sizeBefore / 100 * inUse <= SMALL_DETOUR_BYTES) {
                mover.invoke(file, 101, Long.MAX_VALUE, store);
                moved = true;
                stopped = "moved every chunk after the first hole";
            }
            int rewrites = 0;
            Method rewritableFill = rewritableFillMethod(file);
            while (writes.get() == writesAtStart && System.nanoTime() - stopAt < 0
                    && (int) rewritableFill.invoke(file) < TARGET_FILL && (boolean) compact.invoke(store, TARGET_FILL, WRITE_BYTES)) {
                rewrites++;
                call(store, "commit"); // when quiet, nothing else would write the rewritten pages out
                stopped = "rewrote sparse chunks; the next passes free and move them";
            }
            return Optional.of(new Pass(sizeBefore, (long) call(file, "size"), inUse, rewrites, moved,
                    System.nanoTime() - started, stopped));
        } catch (SQLException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            enabled = false;
            LOG.warn("H2 file compaction is off for this run: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * H2's fill rate of the chunks that may be rewritten now (live, past their retention). A rewrite is worth it only
     * when those are sparse: H2's own gate counts chunks still waiting out their retention too, so a quiet store kept
     * rewriting its newest chunks pass after pass.
     */
    private static Method rewritableFillMethod(Object file) throws NoSuchMethodException {
        for (Class<?> c = file.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("getRewritableChunksFillRate") && m.getParameterCount() == 0) {
                    m.setAccessible(true);
                    return m;
                }
            }
        }
        throw new NoSuchMethodException(file.getClass().getName() + ".getRewritableChunksFillRate()");
    }

    private static Method moveMethod(Object file) throws NoSuchMethodException {
        for (Method m : file.getClass().getMethods()) {
            if (m.getName().equals("compactMoveChunks") && m.getParameterCount() == 3) {
                return m;
            }
        }
        throw new NoSuchMethodException(file.getClass().getName() + ".compactMoveChunks(int, long, MVStore)");
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    @Override
    public void close() {
        worker.shutdown(); // no interrupt: an interrupted thread would close H2's file channel under a running pass
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
