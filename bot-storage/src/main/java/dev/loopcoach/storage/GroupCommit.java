package dev.loopcoach.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for embedded H2. Units of work from many threads run one after another on one connection, each inside a
 * savepoint, and are committed together.
 *
 * <p>Why: with {@code WRITE_DELAY=0} every H2 commit writes a chunk of its own to the file (a commit survives SIGKILL),
 * and H2 keeps a dead chunk's space for 45 seconds before reusing it. One chunk per batch instead of one per unit
 * writes several times fewer bytes under load, so the file stays smaller and each command spends less time committing.
 *
 * <p>What a caller sees is unchanged: it returns only once its unit is committed, with the unit's result, or with the
 * exception the unit threw. A unit that throws is rolled back to its savepoint and fails alone; a failed commit fails
 * every unit of the batch, none of which is then stored. No batch waits for more work: a batch is whatever queued up
 * while the previous one was committing, so a lone write costs one hand-off between threads.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** A bound on one transaction's size, so one batch never holds its locks for long. */
    static final int MAX_BATCH = 64;

    private final DataSource pool;
    private final Runnable afterCommit;
    private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final AtomicLong units = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private volatile boolean closed;
    /** The connection of the batch being run, so that a unit asking for a write of its own joins it instead of waiting on itself. */
    private Connection current;

    private GroupCommit(DataSource pool, Runnable afterCommit) {
        this.pool = pool;
        this.afterCommit = afterCommit;
        this.writer = new Thread(this::run, "h2-group-commit");
        this.writer.setDaemon(true);
    }

    /** @param afterCommit told after every committed batch (the compactor counts them) */
    static GroupCommit start(DataSource pool, Runnable afterCommit) {
        GroupCommit group = new GroupCommit(pool, afterCommit);
        group.writer.start();
        return group;
    }

    /**
     * Runs the work in the next batch and returns once that batch is committed.
     *
     * @throws SQLException when the work's SQL failed, or the batch could not be committed
     */
    <T> T write(Database.Work<T> work) throws SQLException {
        if (Thread.currentThread() == writer) {
            return inSavepoint(current, work); // a unit's own nested write: part of the same transaction
        }
        Unit<T> unit = new Unit<>(work);
        if (closed) {
            throw closedError();
        }
        queue.add(unit);
        if (closed && queue.remove(unit)) {
            throw closedError(); // closed while queueing, and the writer never took it
        }
        return unit.await();
    }

    /** Units committed and commits made so far: how much the batching saves. */
    long units() {
        return units.get();
    }

    long commits() {
        return commits.get();
    }

    /** Units waiting for the writer (for tests that line up a batch). */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Unit<?> first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // runBatch settles every unit itself; this only keeps the writer alive whatever happens
                LOG.error("Group commit writer hit an unexpected error", e);
                batch.forEach(u -> u.fail(e));
            } finally {
                batch.clear();
            }
        }
        SQLException gone = closedError();
        for (Unit<?> left; (left = queue.poll()) != null; ) {
            left.fail(gone);
        }
    }

    private void runBatch(List<Unit<?>> batch) {
        List<Unit<?>> ran = new ArrayList<>(batch.size());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current = c;
            try {
                for (Unit<?> unit : batch) {
                    if (unit.runIn(c)) {
                        ran.add(unit);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                batch.forEach(u -> u.fail(e)); // nothing of this batch is stored
                return;
            } finally {
                current = null;
            }
        } catch (SQLException e) {
            batch.forEach(u -> u.fail(e)); // no connection, or it broke: nothing was committed
            return;
        }
        commits.incrementAndGet();
        units.addAndGet(ran.size());
        afterCommit.run();
        ran.forEach(Unit::succeed);
    }

    private static <T> T inSavepoint(Connection c, Database.Work<T> work) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            T result = work.apply(c);
            c.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                c.rollback(savepoint);
            } catch (SQLException undo) {
                e.addSuppressed(undo);
                throw undo; // the transaction is broken: the whole batch fails
            }
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static SQLException closedError() {
        return new SQLException("the database is closed", "08003");
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's work, its outcome, and the caller waiting for it. */
    private static final class Unit<T> {
        private final Database.Work<T> work;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private T result;

        Unit(Database.Work<T> work) {
            this.work = work;
        }

        /** Runs the work in its savepoint; false when the work failed (it is then rolled back and failed already). */
        boolean runIn(Connection c) throws SQLException {
            Savepoint savepoint = c.setSavepoint();
            try {
                result = work.apply(c);
                c.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback(savepoint); // when even this fails, the whole batch fails
                outcome.completeExceptionally(e);
                return false;
            }
        }

        void succeed() {
            outcome.complete(result);
        }

        void fail(Throwable e) {
            outcome.completeExceptionally(e);
        }

        T await() throws SQLException {
            try {
                return outcome.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException s) {
                    throw s;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }
}
