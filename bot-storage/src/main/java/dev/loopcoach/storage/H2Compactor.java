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
 * that housekeeping itself: it rewrites chunks less than {@link #TARGET_FILL} percent live, then moves chunks from the
 * end of the file into the holes dead ones left, so the file shrinks. A pass runs every {@link #EVERY_WRITES} committed
 * writes, and every 10 seconds while nothing is written; a quiet pass keeps going for up to 9 seconds, in small steps
 * that end as soon as anything is written, so after a burst the file shrinks again without holding up what comes next.
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
    /** Chunks are moved to shrink the file when less than this percent of it is in use (H2's own threshold). */
    static final int MOVE_BELOW_FILL = 90;
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
    record Pass(long sizeBefore, long sizeAfter, int rewrites, int moves, long nanos, String stoppedBecause) {
        boolean didSomething() {
            return rewrites > 0 || moves > 0;
        }
    }

    private static void log(Pass pass) {
        if (pass.sizeAfter() < pass.sizeBefore() - 16L * 1024 * 1024) {
            LOG.info("H2 file compacted while quiet: {} MB -> {} MB in {} ms ({} rewrites, {} moves; stopped: {})",
                    pass.sizeBefore() >> 20, pass.sizeAfter() >> 20, pass.nanos() / 1_000_000, pass.rewrites(), pass.moves(),
                    pass.stoppedBecause());
        } else if (pass.didSomething()) {
            LOG.debug("H2 quiet pass: {} MB -> {} MB in {} ms ({} rewrites, {} moves; stopped: {})", pass.sizeBefore() >> 20,
                    pass.sizeAfter() >> 20, pass.nanos() / 1_000_000, pass.rewrites(), pass.moves(), pass.stoppedBecause());
        }
    }

    /**
     * One pass: rewrites sparse chunks (up to 4 MB, or 1 MB under load); when {@code move}, then moves up to 4 MB of
     * chunks towards the start of the file, repeated while either step still changes something, the budget lasts and
     * nothing is written. A move need not shrink the file at once (H2 picks the chunks with the largest holes around
     * them, wherever they are), so a quiet pass goes on moving until H2 finds nothing to move: the file's end frees up
     * only once enough chunks have moved forward. Moving waits for quiet passes: under load the holes are still within
     * their retention, so moves would cost writes and free nothing.
     *
     * @return what a quiet pass did; empty for a pass under load, or when compaction is off
     */
    Optional<Pass> compactOnce(boolean move, long budgetNanos) {
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
            long sizeBefore = (long) call(file, "size");
            int rewrites = 0;
            int moves = 0;
            String stopped;
            while (true) {
                boolean rewrote = (boolean) compact.invoke(store, TARGET_FILL, move ? WRITE_BYTES : WRITE_BYTES_UNDER_LOAD);
                if (!move) {
                    return Optional.empty(); // under load the next commit writes what was rewritten
                }
                if (rewrote) {
                    rewrites++;
                    call(store, "commit"); // when quiet, nothing else would write the rewritten pages out
                }
                boolean moved = false;
                if ((int) call(file, "getFillRate") < MOVE_BELOW_FILL) {
                    // a move stores the chunks' new places as a new version; no new version means nothing was moved
                    long version = (long) call(store, "getCurrentVersion");
                    mover.invoke(file, 101, (long) WRITE_BYTES, store);
                    moved = (long) call(store, "getCurrentVersion") != version;
                    moves += moved ? 1 : 0;
                }
                if (!rewrote && !moved) {
                    stopped = "nothing more to gain now; the rest waits for its retention";
                    break;
                }
                if (writes.get() != writesAtStart) {
                    stopped = "a write ended the quiet";
                    break;
                }
                if (System.nanoTime() - stopAt >= 0) {
                    stopped = "budget spent";
                    break;
                }
            }
            return Optional.of(new Pass(sizeBefore, (long) call(file, "size"), rewrites, moves, System.nanoTime() - started,
                    stopped));
        } catch (SQLException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            enabled = false;
            LOG.warn("H2 file compaction is off for this run: {}", e.toString());
            return Optional.empty();
        }
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
